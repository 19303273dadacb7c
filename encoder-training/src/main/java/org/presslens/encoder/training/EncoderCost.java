package org.presslens.encoder.training;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;

/**
 * Measures the encoder on one article: cold start (JVM start to the first token states, and the load alone), then the
 * cost of encoding all its sentences as one batched call, for 1 and 2 ONNX Runtime threads. Sentences are split with
 * the JDK's {@link BreakIterator} per paragraph (blank-line separated); the pipeline would take them from the NLP layer.
 *
 * <pre>java -cp ... org.presslens.encoder.training.EncoderCost samples/op-ed-tram-line.txt [runs]</pre>
 */
public final class EncoderCost {

  private EncoderCost() {
  }

  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<EncoderInput> sentences = sentences(text);
    long t0 = System.nanoTime();
    MiniLmEncoder shared = MiniLmEncoder.shared();
    long loaded = System.nanoTime();
    shared.encode(sentences.subList(0, 1));
    long first = System.nanoTime();
    double sinceJvm = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    int tokens = shared.encode(sentences).stream().mapToInt(t -> t.size()).sum();
    System.out.printf("%s: %d sentences, %d tokens (special included)%n", args[0], sentences.size(), tokens);
    System.out.printf("cold start: load %.2f s, first sentence %.3f s, JVM start to first states %.2f s%n",
        (loaded - t0) / 1e9, (first - loaded) / 1e9, sinceJvm);
    for (int threads : new int[] {1, 2}) {
      try (MiniLmEncoder encoder = MiniLmEncoder.create(new EncoderWeights(Map.of()),
          new MiniLmEncoder.Options(256, 32, threads))) {
        encoder.encode(sentences);
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
          long s = System.nanoTime();
          encoder.encode(sentences);
          ms[r] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        System.out.printf("%d thread(s): article %.0f ms (median of %d; min %.0f), %.1f ms per sentence%n", threads,
            median, runs, ms[0], median / sentences.size());
      }
    }
  }

  static List<EncoderInput> sentences(String text) {
    List<EncoderInput> out = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
      it.setText(paragraph);
      for (int b = it.first(), e = it.next(); e != BreakIterator.DONE; b = e, e = it.next()) {
        String s = paragraph.substring(b, e).strip();
        if (!s.isEmpty()) {
          out.add(EncoderInput.of(s));
        }
      }
    }
    return out;
  }
}
