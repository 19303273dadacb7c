package org.presslens.ml;

/**
 * Multinomial logistic regression over sparse features (trained by presslens-training's {@code SoftmaxTraining}).
 * Immutable; {@link #probabilities} is thread-safe.
 */
public final class SparseSoftmax {

  /** One sample: feature indices and their values (same length). */
  public record Sample(int[] index, double[] value) {
  }

  private final int classes;
  private final int features;
  /** weights[c * features + f], then the biases at classes * features + c. */
  private final double[] w;

  private SparseSoftmax(int classes, int features, double[] w) {
    this.classes = classes;
    this.features = features;
    this.w = w;
  }

  /** A model from explicit weights ({@code weights[c][f]}) and biases. */
  public static SparseSoftmax of(double[][] weights, double[] biases) {
    int k = biases.length;
    int f = k == 0 ? 0 : weights[0].length;
    double[] w = new double[k * f + k];
    for (int c = 0; c < k; c++) {
      System.arraycopy(weights[c], 0, w, c * f, f);
      w[k * f + c] = biases[c];
    }
    return new SparseSoftmax(k, f, w);
  }

  /**
   * A model from its weight vector as a trainer optimises it: {@code w[c * features + f]}, then the biases at
   * {@code classes * features + c} (the array is kept, not copied).
   */
  public static SparseSoftmax ofVector(int classes, int features, double[] w) {
    if (w.length != classes * features + classes) {
      throw new IllegalArgumentException("expected " + (classes * features + classes) + " weights, got " + w.length);
    }
    return new SparseSoftmax(classes, features, w);
  }

  /** Class probabilities of a sample; indices outside the model's features are ignored. */
  public double[] probabilities(Sample s) {
    double[] z = new double[classes];
    for (int c = 0; c < classes; c++) {
      double v = w[classes * features + c];
      int base = c * features;
      for (int j = 0; j < s.index.length; j++) {
        int f = s.index[j];
        if (f >= 0 && f < features) {
          v += w[base + f] * s.value[j];
        }
      }
      z[c] = v;
    }
    return Softmax.probabilities(z);
  }

  public int classes() {
    return classes;
  }

  public int features() {
    return features;
  }

  /** The weight of feature {@code f} for class {@code c}. */
  public double weight(int c, int f) {
    return w[c * features + f];
  }

  public double bias(int c) {
    return w[classes * features + c];
  }
}
