package org.presslens.encoder.training.ner;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.presslens.encoder.training.Adam;
import org.presslens.encoder.training.ShuffledBatches;
import org.presslens.encoder.training.bert.BertForward;
import org.presslens.encoder.training.bert.BertParameters;
import org.presslens.nlp.encoder.ner.WordShape;
import org.presslens.nlp.encoder.internal.Batches;

/**
 * Trains the token-classification head, first alone over the frozen encoder ({@link #probe}), then with the upper
 * {@code trainLayers} layers ({@link #fineTune}), on states precomputed after the frozen lower layers: cross-entropy
 * per word (its first piece), AdamW, linear warm-up and decay when fine-tuning, dropout on the word features; after
 * each epoch the dev split is scored by {@code devScore} (over the per-word log-probabilities) and the best epoch kept.
 */
final class TaggerTraining {

  /** Settings of one run. */
  record Settings(int trainLayers, int hidden, int probeEpochs, int epochs, int batchSize, float encoderLr,
                  float headLr, float dropout, float decay, long seed) {
  }

  /** One data set: its sentences and their states after the frozen lower layers ({@code length × 384}). */
  record Split(String name, List<NerSentences.Sentence> sentences, List<float[]> states) {
  }

  /** The best epoch: the trained arrays by canonical name (head included), their shapes, its dev score. */
  record Result(String stage, int epoch, Map<String, float[]> arrays, Map<String, long[]> shapes, double devScore,
                List<float[]> devLogProbs) {
  }

  private static final int WIDTH = 384;

  private final BertParameters params;
  private final BertForward bert;
  private final Settings s;
  private final NDManager base;
  private final TaggerHead head;
  private final int firstTrained;

  TaggerTraining(BertParameters params, Settings settings, NDManager base) {
    this.params = params;
    this.bert = new BertForward(params);
    this.s = settings;
    this.base = base;
    this.head = new TaggerHead(base, settings.hidden(), settings.seed());
    this.firstTrained = BertParameters.LAYERS - settings.trainLayers();
  }

  /**
   * The head alone on word features of the whole frozen encoder (per sentence, {@code words × FEATURES}; see
   * {@link #wordFeatures}), computed once; the best epoch's head stays set.
   */
  Result probe(Split train, List<float[]> trainWords, Split dev, List<float[]> devWords,
               ToDoubleFunction<List<float[]>> devScore, PrintStream log, Consumer<Result> onBest) {
    Engine.getInstance().setRandomSeed((int) s.seed());
    float[][] trainFeatures = rows(trainWords);
    float[][] devFeatures = rows(devWords);
    int[] labels = train.sentences().stream().flatMapToInt(x -> Arrays.stream(x.labels())).toArray();
    Adam adam = new Adam();
    head.train(adam, s.headLr(), s.decay());
    Random shuffle = new Random(s.seed());
    Result best = null;
    for (int epoch = 1; epoch <= s.probeEpochs(); epoch++) {
      long t0 = System.nanoTime();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < trainFeatures.length; i++) {
        order.add(i);
      }
      Collections.shuffle(order, shuffle);
      int batch = 8 * s.batchSize();
      for (int from = 0; from < order.size(); from += batch) {
        List<Integer> rows = order.subList(from, Math.min(order.size(), from + batch));
        try (NDManager m = base.newSubManager()) {
          float[] x = new float[rows.size() * TaggerHead.FEATURES];
          float[] target = new float[rows.size() * NerLabels.COUNT];
          for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(trainFeatures[rows.get(r)], 0, x, r * TaggerHead.FEATURES, TaggerHead.FEATURES);
            target[r * NerLabels.COUNT + labels[rows.get(r)]] = 1f;
          }
          try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray logits = head.logits(m.create(x, new Shape(rows.size(), TaggerHead.FEATURES)), s.dropout(), true);
            NDArray loss = logits.logSoftmax(-1).mul(m.create(target, new Shape(rows.size(), NerLabels.COUNT)))
                .sum().neg().div(rows.size());
            gc.backward(loss);
          }
          adam.step(1f);
        }
      }
      List<float[]> devLogProbs = probeLogProbs(dev, devFeatures);
      double score = devScore.applyAsDouble(devLogProbs);
      log.printf("probe epoch %d: dev F1 %.4f (%.0f s)%n", epoch, score, (System.nanoTime() - t0) / 1e9);
      if (best == null || score > best.devScore()) {
        best = snapshot("probe", epoch, score, devLogProbs, List.of());
        onBest.accept(best);
      }
    }
    if (best != null) {
      head.set(best.arrays());
    }
    return best;
  }

  /** Fine-tunes the upper layers and the head (from where the probe left it); the best epoch is returned. */
  Result fineTune(Split train, Split dev, ToDoubleFunction<List<float[]>> devScore, PrintStream log,
                  Consumer<Result> onBest) {
    Engine.getInstance().setRandomSeed((int) s.seed());
    Adam adam = new Adam();
    List<String> trained = new ArrayList<>();
    for (int layer = firstTrained; layer < BertParameters.LAYERS; layer++) {
      for (Map.Entry<String, NDArray> e : params.layer(layer).entrySet()) {
        adam.add(e.getValue(), s.encoderLr(), e.getKey().endsWith(".weight") && !e.getKey().contains("LayerNorm")
            ? s.decay() : 0f);
        trained.add(e.getKey());
      }
    }
    head.train(adam, s.headLr(), s.decay());
    Random shuffle = new Random(s.seed());
    int steps = (train.sentences().size() + s.batchSize() - 1) / s.batchSize();
    int total = steps * s.epochs();
    int warmup = Math.max(1, total / 10);
    int step = 0;
    Result best = null;
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      long t0 = System.nanoTime();
      double lossSum = 0;
      for (int[] batch : shuffledBatches(train, shuffle)) {
        step++;
        float scale = step <= warmup ? (float) step / warmup : (float) (total - step) / (total - warmup);
        try (NDManager m = base.newSubManager()) {
          try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray logits = head.logits(features(m, train, batch), s.dropout(), true);
            NDArray loss = loss(m, logits, train, batch);
            float value = loss.getFloat();
            if (!Float.isFinite(value)) {
              throw new IllegalStateException("the training loss is " + value + " at step " + step + " (epoch "
                  + epoch + "): the run is lost; run it again (seen in 2 of 4 runs with the same settings,"
                  + " cause not found; docs/encoder.md)");
            }
            lossSum += value;
            gc.backward(loss);
          }
          adam.step(Math.max(scale, 0f));
        }
        if (step % 100 == 0) {
          log.printf("  step %d/%d, loss %.4f (%.0f s)%n", step, total, lossSum / (step - (epoch - 1) * steps),
              (System.nanoTime() - t0) / 1e9);
        }
      }
      List<float[]> devLogProbs = logProbs(dev);
      double score = devScore.applyAsDouble(devLogProbs);
      log.printf("epoch %d: loss %.4f, dev F1 %.4f (%.0f s)%n", epoch, lossSum / steps, score,
          (System.nanoTime() - t0) / 1e9);
      if (best == null || score > best.devScore()) {
        best = snapshot("fine-tuned", epoch, score, devLogProbs, trained);
        onBest.accept(best);
      }
    }
    return best;
  }

  /** Per sentence, the per-word log-probabilities ({@code words × COUNT}) with the arrays as they are now. */
  List<float[]> logProbs(Split split) {
    List<float[]> out = new ArrayList<>(Collections.nCopies(split.sentences().size(), null));
    int[] lengths = split.sentences().stream().mapToInt(NerSentences.Sentence::length).toArray();
    for (int[] batch : Batches.of(lengths, 64)) {
      try (NDManager m = base.newSubManager()) {
        NDArray lp = head.logits(features(m, split, batch), 0f, false).logSoftmax(-1);
        int words = (int) lp.getShape().get(1);
        float[] all = lp.toFloatArray();
        for (int r = 0; r < batch.length; r++) {
          int n = split.sentences().get(batch[r]).wordCount();
          int from = r * words * NerLabels.COUNT;
          out.set(batch[r], Arrays.copyOfRange(all, from, from + n * NerLabels.COUNT));
        }
      }
    }
    return out;
  }

  private List<float[]> probeLogProbs(Split split, float[][] features) {
    List<float[]> out = new ArrayList<>();
    try (NDManager m = base.newSubManager()) {
      float[] x = new float[features.length * TaggerHead.FEATURES];
      for (int r = 0; r < features.length; r++) {
        System.arraycopy(features[r], 0, x, r * TaggerHead.FEATURES, TaggerHead.FEATURES);
      }
      float[] all = head.logits(m.create(x, new Shape(features.length, TaggerHead.FEATURES)), 0f, false)
          .logSoftmax(-1).toFloatArray();
      int row = 0;
      for (NerSentences.Sentence sentence : split.sentences()) {
        out.add(Arrays.copyOfRange(all, row * NerLabels.COUNT, (row + sentence.wordCount()) * NerLabels.COUNT));
        row += sentence.wordCount();
      }
    }
    return out;
  }

  /** Per sentence, its words' features through the frozen upper layers ({@code words × FEATURES}). */
  List<float[]> wordFeatures(Split split) {
    List<float[]> out = new ArrayList<>(Collections.nCopies(split.sentences().size(), null));
    int[] lengths = split.sentences().stream().mapToInt(NerSentences.Sentence::length).toArray();
    for (int[] batch : Batches.of(lengths, 64)) {
      try (NDManager m = base.newSubManager()) {
        NDArray f = features(m, split, batch);
        int words = (int) f.getShape().get(1);
        float[] all = f.toFloatArray();
        for (int r = 0; r < batch.length; r++) {
          int from = r * words * TaggerHead.FEATURES;
          out.set(batch[r], Arrays.copyOfRange(all, from,
              from + split.sentences().get(batch[r]).wordCount() * TaggerHead.FEATURES));
        }
      }
    }
    return out;
  }

  private static float[][] rows(List<float[]> bySentence) {
    List<float[]> rows = new ArrayList<>();
    for (float[] f : bySentence) {
      for (int from = 0; from < f.length; from += TaggerHead.FEATURES) {
        rows.add(Arrays.copyOfRange(f, from, from + TaggerHead.FEATURES));
      }
    }
    return rows.toArray(float[][]::new);
  }

  /** {@code [B, W, FEATURES]}: the upper layers' state at each word's first piece, and the word's shapes. */
  private NDArray features(NDManager m, Split split, int[] batch) {
    int length = 0;
    int words = 0;
    for (int i : batch) {
      length = Math.max(length, split.sentences().get(i).length());
      words = Math.max(words, split.sentences().get(i).wordCount());
    }
    float[] x = new float[batch.length * length * WIDTH];
    long[] mask = new long[batch.length * length];
    float[] pick = new float[batch.length * words * length];
    float[] shapes = new float[batch.length * words * WordShape.SIZE];
    for (int r = 0; r < batch.length; r++) {
      NerSentences.Sentence sentence = split.sentences().get(batch[r]);
      float[] st = split.states().get(batch[r]);
      System.arraycopy(st, 0, x, r * length * WIDTH, st.length);
      Arrays.fill(mask, r * length, r * length + sentence.length(), 1L);
      for (int w = 0; w < sentence.wordCount(); w++) {
        pick[(r * words + w) * length + sentence.firstPiece()[w]] = 1f;
      }
      System.arraycopy(sentence.shapes(), 0, shapes, r * words * WordShape.SIZE, sentence.shapes().length);
    }
    NDArray bias = BertForward.attentionBias(m.create(mask, new Shape(batch.length, length)));
    NDArray h = m.create(x, new Shape(batch.length, length, WIDTH));
    for (int layer = firstTrained; layer < BertParameters.LAYERS; layer++) {
      h = bert.layer(layer, h, bias);
    }
    NDArray states = m.create(pick, new Shape(batch.length, words, length)).matMul(h);
    return NDArrays.concat(new NDList(states, m.create(shapes, new Shape(batch.length, words, WordShape.SIZE))), 2);
  }

  private static NDArray loss(NDManager m, NDArray logits, Split split, int[] batch) {
    int words = (int) logits.getShape().get(1);
    float[] target = new float[batch.length * words * NerLabels.COUNT];
    int n = 0;
    for (int r = 0; r < batch.length; r++) {
      int[] labels = split.sentences().get(batch[r]).labels();
      for (int w = 0; w < labels.length; w++) {
        target[(r * words + w) * NerLabels.COUNT + labels[w]] = 1f;
      }
      n += labels.length;
    }
    NDArray t = m.create(target, new Shape(batch.length, words, NerLabels.COUNT));
    return logits.logSoftmax(-1).mul(t).sum().neg().div(Math.max(1, n));
  }

  private List<int[]> shuffledBatches(Split train, Random random) {
    return ShuffledBatches.of(train.sentences().stream().mapToInt(NerSentences.Sentence::length).toArray(),
        s.batchSize(), random);
  }

  private Result snapshot(String stage, int epoch, double score, List<float[]> devLogProbs, List<String> layers) {
    Map<String, float[]> arrays = new LinkedHashMap<>();
    Map<String, long[]> shapes = new LinkedHashMap<>();
    for (String name : layers) {
      NDArray a = params.get(name);
      arrays.put(name, a.toFloatArray());
      shapes.put(name, a.getShape().getShape());
    }
    arrays.putAll(head.arrays(shapes));
    return new Result(stage, epoch, arrays, shapes, score, devLogProbs);
  }
}
