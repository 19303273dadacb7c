package org.presslens.encoder.training.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.presslens.encoder.training.Adam;
import org.presslens.nlp.encoder.ner.WordShape;

/**
 * The tagger's head over a word's features ({@code [encoder state of its first piece ; word shapes]}): linear, or
 * with one ReLU hidden layer; initial weights from a seeded Gaussian.
 */
final class TaggerHead {

  /** Width of a word's features. */
  static final int FEATURES = 384 + WordShape.SIZE;

  private final int hidden;
  private final NDArray w1;
  private final NDArray b1;
  private final NDArray w2;
  private final NDArray b2;

  TaggerHead(NDManager base, int hidden, long seed) {
    this.hidden = hidden;
    Random init = new Random(seed);
    int out = hidden > 0 ? hidden : NerLabels.COUNT;
    this.w1 = base.create(gaussian(init, FEATURES * out), new Shape(FEATURES, out));
    this.b1 = base.zeros(new Shape(out));
    this.w2 = hidden > 0 ? base.create(gaussian(init, hidden * NerLabels.COUNT), new Shape(hidden, NerLabels.COUNT))
        : null;
    this.b2 = hidden > 0 ? base.zeros(new Shape(NerLabels.COUNT)) : null;
  }

  private static float[] gaussian(Random random, int n) {
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      w[i] = (float) (random.nextGaussian() * 0.02);
    }
    return w;
  }

  /** Adds the head's arrays to {@code adam}. */
  void train(Adam adam, float lr, float decay) {
    adam.add(w1, lr, decay);
    adam.add(b1, lr, 0f);
    if (hidden > 0) {
      adam.add(w2, lr, decay);
      adam.add(b2, lr, 0f);
    }
  }

  /** Logits {@code [..., COUNT]} of features {@code [..., FEATURES]}, with dropout on the features when training. */
  NDArray logits(NDArray features, float dropout, boolean training) {
    NDArray f = features;
    if (training && dropout > 0) {
      f = ai.djl.nn.norm.Dropout.dropout(f, dropout, true).singletonOrThrow();
    }
    NDArray h = f.matMul(w1).add(b1);
    return hidden > 0 ? ai.djl.nn.Activation.relu(h).matMul(w2).add(b2) : h;
  }

  /** The arrays by name ({@code head.w1}, ...), and their shapes into {@code shapes}. */
  Map<String, float[]> arrays(Map<String, long[]> shapes) {
    Map<String, float[]> out = new LinkedHashMap<>();
    put(out, shapes, "head.w1", w1);
    put(out, shapes, "head.b1", b1);
    if (hidden > 0) {
      put(out, shapes, "head.w2", w2);
      put(out, shapes, "head.b2", b2);
    }
    return out;
  }

  /** Sets the arrays from {@link #arrays} output. */
  void set(Map<String, float[]> arrays) {
    w1.set(arrays.get("head.w1"));
    b1.set(arrays.get("head.b1"));
    if (hidden > 0) {
      w2.set(arrays.get("head.w2"));
      b2.set(arrays.get("head.b2"));
    }
  }

  private static void put(Map<String, float[]> out, Map<String, long[]> shapes, String name, NDArray a) {
    out.put(name, a.toFloatArray());
    shapes.put(name, a.getShape().getShape());
  }
}
