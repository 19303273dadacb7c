package org.presslens.encoder.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.presslens.training.ml.ClassificationMetrics;
import org.presslens.training.newsmtsc.NewsMtsc;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.targeted.TargetedSentiment;

/**
 * Scores a targeted sentiment model on NewsMTSC files through the run-time path (ONNX Runtime with the base graph's
 * initializers replaced; no DJL), as {@code presslens eval newsmtsc} scores the linear model.
 *
 * <pre>
 * java -cp ... org.presslens.encoder.training.EvalTargetSentiment --model DIR/target-sentiment \
 *     --dev dev_rw.jsonl --dev dev_mt.jsonl [--threads 2]
 * </pre>
 * {@code --model P} reads {@code P.head.bin} and, when present, {@code P.encoder.bin}.
 */
public final class EvalTargetSentiment {

  private EvalTargetSentiment() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> a = Args.parse(args);
    String model = Args.one(a, "model", null);
    int threads = Integer.parseInt(Args.one(a, "threads", "2"));
    Path encoderFile = Path.of(model + ".encoder.bin");
    EncoderWeights overrides = new EncoderWeights(Map.of());
    if (Files.exists(encoderFile)) {
      try (InputStream in = Files.newInputStream(encoderFile)) {
        overrides = EncoderWeights.read(in);
      }
    }
    EncoderWeights head;
    try (InputStream in = Files.newInputStream(Path.of(model + ".head.bin"))) {
      head = EncoderWeights.read(in);
    }
    long t0 = System.nanoTime();
    try (MiniLmEncoder encoder = MiniLmEncoder.create(overrides,
        new MiniLmEncoder.Options(TargetedSentiment.MAX_TOKENS, 32, threads))) {
      TargetedSentiment sentiment = new TargetedSentiment(encoder, head);
      System.out.printf("model %s (%d replaced tensors), loaded in %.1f s%n", model, overrides.tensors().size(),
          (System.nanoTime() - t0) / 1e9);
      for (String dev : a.getOrDefault("dev", List.of())) {
        long t1 = System.nanoTime();
        List<TargetedSentiment.Target> targets = new ArrayList<>();
        List<Polarity> gold = new ArrayList<>();
        for (NewsMtsc.Item item : NewsMtsc.read(Path.of(dev))) {
          for (NewsMtsc.Target t : item.targets()) {
            targets.add(new TargetedSentiment.Target(item.sentence(), t.from(), t.to()));
            gold.add(t.polarity());
          }
        }
        List<float[]> p = sentiment.predict(targets);
        ClassificationMetrics metrics = new ClassificationMetrics();
        for (int i = 0; i < p.size(); i++) {
          float[] q = p.get(i);
          int best = q[2] > q[1] && q[2] > q[0] ? 2 : q[0] > q[1] ? 0 : 1;
          metrics.add(gold.get(i), Polarity.values()[best]);
        }
        System.out.printf("%s: n %d, accuracy %.4f, macro-F1 %.4f, F1 neg/neu/pos %.3f / %.3f / %.3f (%.1f s)%n", dev,
            metrics.n(), metrics.accuracy(), metrics.f1Macro(), metrics.f1(Polarity.NEGATIVE),
            metrics.f1(Polarity.NEUTRAL), metrics.f1(Polarity.POSITIVE), (System.nanoTime() - t1) / 1e9);
      }
    }
  }
}
