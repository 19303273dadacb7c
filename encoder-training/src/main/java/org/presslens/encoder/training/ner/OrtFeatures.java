package org.presslens.encoder.training.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.encoder.training.Args;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.ner.NerTagger;

/**
 * The frozen tagger's word features computed through the run-time path ({@link MiniLmEncoder}, ONNX Runtime, and
 * {@link NerTagger#features}), kept in a directory (one file per data file, its SHA-256 and sentence count) so that
 * further runs skip the encoder.
 */
final class OrtFeatures {

  private OrtFeatures() {
  }

  /** Per sentence, its words' features ({@code words × TaggerHead.FEATURES}). */
  static List<float[]> of(Path data, List<NerSentences.Sentence> sentences, Path dir, int threads, PrintStream log) {
    try {
      Path file = dir.resolve(data.getFileName() + "-" + Args.sha256(data).substring(0, 12) + "-n"
          + sentences.size() + "-ort.f32");
      int[] lengths = sentences.stream().mapToInt(s -> s.wordCount() * TaggerHead.FEATURES).toArray();
      if (Files.exists(file)) {
        return FloatArraysFile.read(file, lengths);
      }
      long t0 = System.nanoTime();
      List<float[]> out = new ArrayList<>();
      try (MiniLmEncoder encoder = MiniLmEncoder.create(new org.presslens.nlp.encoder.EncoderWeights(java.util.Map.of()),
          new MiniLmEncoder.Options(MiniLmEncoder.Options.DEFAULT.maxTokens(), 32, threads))) {
        int step = 500;
        for (int from = 0; from < sentences.size(); from += step) {
          List<NerSentences.Sentence> part = sentences.subList(from, Math.min(sentences.size(), from + step));
          List<EncoderInput> inputs = part.stream().map(s -> EncoderInput.of(String.join(" ", s.words()))).toList();
          List<TokenStates> states = encoder.encode(inputs);
          for (int i = 0; i < part.size(); i++) {
            out.add(NerTagger.features(states.get(i), part.get(i).words(), begins(part.get(i).words())));
          }
          log.printf("  %s: %d of %d sentences encoded (%.0f s)%n", data.getFileName(), out.size(), sentences.size(),
              (System.nanoTime() - t0) / 1e9);
        }
      }
      FloatArraysFile.write(file, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the feature cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The begin offsets of words joined with single spaces. */
  static int[] begins(List<String> words) {
    int[] begins = new int[words.size()];
    for (int w = 1; w < begins.length; w++) {
      begins[w] = begins[w - 1] + words.get(w - 1).length() + 1;
    }
    return begins;
  }
}
