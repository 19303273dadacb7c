package org.presslens.encoder.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.presslens.training.ml.ClassificationMetrics;
import org.presslens.nlp.Polarity;
import org.presslens.encoder.training.bert.BertForward;
import org.presslens.encoder.training.bert.BertParameters;

/**
 * Trains the upper {@code trainLayers} layers of the encoder and a linear head over {@code [CLS ; target tokens' mean]}
 * on precomputed lower-layer states, with class-balanced cross-entropy, AdamW, linear warm-up and decay, dropout on the
 * pooled features; after each epoch it scores the dev sets and keeps the epoch with the best mean macro-F1.
 */
final class TargetClassifierTraining {

  /** Settings of one run. */
  record Settings(int trainLayers, int epochs, int batchSize, float encoderLr, float headLr, float dropout,
          float decay, long seed) {
  }

  /** One data set: examples and their states after the frozen layers. */
  record Split(String name, List<TargetExamples.Example> examples, List<float[]> states) {
  }

  /** What the best epoch left: the trained arrays by canonical name, head included, and its dev scores. */
  record Result(int epoch, Map<String, float[]> arrays, Map<String, long[]> shapes, Map<String, Double> devF1) {
  }

  private static final int CLASSES = 3;
  private static final int WIDTH = 384;

  private final BertParameters params;
  private final BertForward bert;
  private final Settings s;
  private final NDManager base;
  private final NDArray headW;
  private final NDArray headB;
  private final List<String> trained = new ArrayList<>();

  TargetClassifierTraining(BertParameters params, Settings settings, NDManager base) {
    this.params = params;
    this.bert = new BertForward(params);
    this.s = settings;
    this.base = base;
    Random init = new Random(settings.seed());
    float[] w = new float[2 * WIDTH * CLASSES];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) (init.nextGaussian() * 0.02);
    }
    this.headW = base.create(w, new Shape(2 * WIDTH, CLASSES));
    this.headB = base.zeros(new Shape(CLASSES));
  }

  Result train(Split train, List<Split> devs, java.io.PrintStream log, java.util.function.Consumer<Result> onBest) {
    Engine.getInstance().setRandomSeed((int) s.seed());
    Adam adam = new Adam();
    for (int layer = BertParameters.LAYERS - s.trainLayers(); layer < BertParameters.LAYERS; layer++) {
      for (Map.Entry<String, NDArray> e : params.layer(layer).entrySet()) {
        adam.add(e.getValue(), s.encoderLr(), e.getKey().endsWith(".weight") && !e.getKey().contains("LayerNorm")
            ? s.decay() : 0f);
        trained.add(e.getKey());
      }
    }
    adam.add(headW, s.headLr(), s.decay());
    adam.add(headB, s.headLr(), 0f);
    float[] classWeights = classWeights(train.examples());
    Random shuffle = new Random(s.seed());
    int stepsPerEpoch = (train.examples().size() + s.batchSize() - 1) / s.batchSize();
    int total = stepsPerEpoch * s.epochs();
    int warmup = Math.max(1, total / 10);
    int step = 0;
    Result best = null;
    double bestScore = -1;
    for (int epoch = 1; epoch <= s.epochs(); epoch++) {
      long t0 = System.nanoTime();
      double lossSum = 0;
      for (int[] batch : shuffledBatches(train.examples(), shuffle)) {
        step++;
        float scale = step <= warmup ? (float) step / warmup : (float) (total - step) / (total - warmup);
        try (NDManager m = base.newSubManager()) {
          NDArray x = states(m, train, batch);
          try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray logits = forward(m, train, batch, x, true);
            NDArray loss = loss(m, logits, train, batch, classWeights);
            lossSum += loss.getFloat();
            gc.backward(loss);
          }
          adam.step(Math.max(scale, 0f));
        }
      }
      Map<String, Double> f1 = new LinkedHashMap<>();
      for (Split dev : devs) {
        f1.put(dev.name(), evaluate(dev).f1Macro());
      }
      double score = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      log.printf("epoch %d: loss %.4f, dev macro-F1 %s (%.0f s)%n", epoch, lossSum / stepsPerEpoch, f1,
          (System.nanoTime() - t0) / 1e9);
      if (score > bestScore) {
        bestScore = score;
        best = snapshot(epoch, f1, trained);
        onBest.accept(best);
      }
    }
    return best;
  }

  /**
   * The cheap step: the head alone over the pooled states of the frozen encoder (all layers as loaded), trained for
   * {@code epochs} on features computed once; the head it leaves is the start of fine-tuning.
   */
  Result probe(Split train, List<Split> devs, int epochs, java.io.PrintStream log,
        java.util.function.Consumer<Result> onBest) {
    Engine.getInstance().setRandomSeed((int) s.seed());
    float[][] trainFeatures = features(train);
    List<float[][]> devFeatures = new ArrayList<>();
    for (Split dev : devs) {
      devFeatures.add(features(dev));
    }
    Adam adam = new Adam();
    adam.add(headW, s.headLr(), s.decay());
    adam.add(headB, s.headLr(), 0f);
    float[] classWeights = classWeights(train.examples());
    Random shuffle = new Random(s.seed());
    Result best = null;
    double bestScore = -1;
    float[] bestW = null;
    float[] bestB = null;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (int[] batch : shuffledBatches(train.examples(), shuffle)) {
        try (NDManager m = base.newSubManager()) {
          NDArray f = rows(m, trainFeatures, batch);
          try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            gc.backward(loss(m, head(f, true), train, batch, classWeights));
          }
          adam.step(1f);
        }
      }
      Map<String, Double> f1 = new LinkedHashMap<>();
      for (int d = 0; d < devs.size(); d++) {
        f1.put(devs.get(d).name(), scoreFeatures(devs.get(d), devFeatures.get(d)).f1Macro());
      }
      double score = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      log.printf("probe epoch %d: dev macro-F1 %s%n", epoch, f1);
      if (score > bestScore) {
        bestScore = score;
        best = snapshot(epoch, f1, List.of());
        bestW = headW.toFloatArray();
        bestB = headB.toFloatArray();
        onBest.accept(best);
      }
    }
    headW.set(bestW);
    headB.set(bestB);
    return best;
  }

  private float[][] features(Split split) {
    float[][] out = new float[split.examples().size()][];
    int[] lengths = split.examples().stream().mapToInt(TargetExamples.Example::length).toArray();
    for (int[] batch : org.presslens.nlp.encoder.internal.Batches.of(lengths, 64)) {
      try (NDManager m = base.newSubManager()) {
        float[] f = pooled(m, split, batch, states(m, split, batch)).toFloatArray();
        for (int r = 0; r < batch.length; r++) {
          out[batch[r]] = Arrays.copyOfRange(f, r * 2 * WIDTH, (r + 1) * 2 * WIDTH);
        }
      }
    }
    return out;
  }

  private static NDArray rows(NDManager m, float[][] features, int[] batch) {
    float[] x = new float[batch.length * 2 * WIDTH];
    for (int r = 0; r < batch.length; r++) {
      System.arraycopy(features[batch[r]], 0, x, r * 2 * WIDTH, 2 * WIDTH);
    }
    return m.create(x, new Shape(batch.length, 2 * WIDTH));
  }

  private ClassificationMetrics scoreFeatures(Split split, float[][] features) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    int[] all = java.util.stream.IntStream.range(0, features.length).toArray();
    try (NDManager m = base.newSubManager()) {
      float[] logits = head(rows(m, features, all), false).toFloatArray();
      for (int r = 0; r < all.length; r++) {
        metrics.add(Polarity.values()[split.examples().get(r).label()], Polarity.values()[argmax(logits, r)]);
      }
    }
    return metrics;
  }

  private static int argmax(float[] logits, int row) {
    int best = 0;
    for (int c = 1; c < CLASSES; c++) {
      if (logits[row * CLASSES + c] > logits[row * CLASSES + best]) {
        best = c;
      }
    }
    return best;
  }

  /** Macro-F1 and the rest on one split, with the arrays as they are now. */
  ClassificationMetrics evaluate(Split split) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    int n = split.examples().size();
    int[] lengths = split.examples().stream().mapToInt(TargetExamples.Example::length).toArray();
    for (int[] batch : org.presslens.nlp.encoder.internal.Batches.of(lengths, 64)) {
      try (NDManager m = base.newSubManager()) {
        float[] logits = forward(m, split, batch, states(m, split, batch), false).toFloatArray();
        for (int r = 0; r < batch.length; r++) {
          metrics.add(Polarity.values()[split.examples().get(batch[r]).label()],
              Polarity.values()[argmax(logits, r)]);
        }
      }
    }
    if (metrics.n() != n) {
      throw new IllegalStateException("scored " + metrics.n() + " of " + n);
    }
    return metrics;
  }

  private NDArray states(NDManager m, Split split, int[] batch) {
    int length = 0;
    for (int i : batch) {
      length = Math.max(length, split.examples().get(i).length());
    }
    float[] x = new float[batch.length * length * WIDTH];
    for (int r = 0; r < batch.length; r++) {
      float[] st = split.states().get(batch[r]);
      System.arraycopy(st, 0, x, r * length * WIDTH, st.length);
    }
    return m.create(x, new Shape(batch.length, length, WIDTH));
  }

  private NDArray forward(NDManager m, Split split, int[] batch, NDArray x, boolean training) {
    return head(pooled(m, split, batch, x), training);
  }

  private NDArray head(NDArray features, boolean training) {
    NDArray f = features;
    if (training && s.dropout() > 0) {
      f = ai.djl.nn.norm.Dropout.dropout(f, s.dropout(), true).singletonOrThrow();
    }
    return f.matMul(headW).add(headB);
  }

  /** {@code [CLS ; mean of the target's tokens]} after the upper layers: {@code [B, 768]}. */
  private NDArray pooled(NDManager m, Split split, int[] batch, NDArray x) {
    int length = (int) x.getShape().get(1);
    long[] mask = new long[batch.length * length];
    float[] pool = new float[batch.length * length];
    for (int r = 0; r < batch.length; r++) {
      TargetExamples.Example e = split.examples().get(batch[r]);
      Arrays.fill(mask, r * length, r * length + e.length(), 1L);
      for (int t : e.targetTokens()) {
        pool[r * length + t] = 1f / e.targetTokens().length;
      }
    }
    NDArray bias = BertForward.attentionBias(m.create(mask, new Shape(batch.length, length)));
    NDArray h = x;
    for (int layer = BertParameters.LAYERS - s.trainLayers(); layer < BertParameters.LAYERS; layer++) {
      h = bert.layer(layer, h, bias);
    }
    NDArray cls = h.get(":, 0, :");
    NDArray target = m.create(pool, new Shape(batch.length, 1, length)).matMul(h).reshape(batch.length, WIDTH);
    return NDArrays.concat(new NDList(cls, target), 1);
  }

  private static NDArray loss(NDManager m, NDArray logits, Split split, int[] batch, float[] classWeights) {
    float[] target = new float[batch.length * CLASSES];
    float total = 0;
    for (int r = 0; r < batch.length; r++) {
      int label = split.examples().get(batch[r]).label();
      target[r * CLASSES + label] = classWeights[label];
      total += classWeights[label];
    }
    NDArray weighted = m.create(target, new Shape(batch.length, CLASSES));
    return logits.logSoftmax(-1).mul(weighted).sum().neg().div(total);
  }

  private static float[] classWeights(List<TargetExamples.Example> examples) {
    int[] counts = new int[CLASSES];
    examples.forEach(e -> counts[e.label()]++);
    float[] w = new float[CLASSES];
    for (int c = 0; c < CLASSES; c++) {
      w[c] = (float) examples.size() / (CLASSES * Math.max(1, counts[c]));
    }
    return w;
  }

  private List<int[]> shuffledBatches(List<TargetExamples.Example> examples, Random random) {
    return ShuffledBatches.of(examples.stream().mapToInt(TargetExamples.Example::length).toArray(), s.batchSize(),
        random);
  }

  private Result snapshot(int epoch, Map<String, Double> f1, List<String> encoderArrays) {
    Map<String, float[]> arrays = new LinkedHashMap<>();
    Map<String, long[]> shapes = new LinkedHashMap<>();
    for (String name : encoderArrays) {
      NDArray a = params.get(name);
      arrays.put(name, a.toFloatArray());
      shapes.put(name, a.getShape().getShape());
    }
    arrays.put("head.weight", headW.toFloatArray());
    shapes.put("head.weight", headW.getShape().getShape());
    arrays.put("head.bias", headB.toFloatArray());
    shapes.put("head.bias", headB.getShape().getShape());
    return new Result(epoch, arrays, shapes, f1);
  }
}
