package org.presslens.analyzers.stance.ml;

import java.util.List;

/**
 * Multinomial logistic regression over sparse features with an L2 penalty (not on the biases), trained with
 * {@link Lbfgs}. Immutable after training; {@link #probabilities} is thread-safe.
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
   * Trains on {@code samples} with labels {@code y} (0..classes-1).
   *
   * @param l2           the penalty {@code l2/2 * |w|^2}, against the sum over samples of weighted log-loss
   * @param classWeights per-class loss weights, or null for 1
   */
  public static SparseSoftmax train(List<Sample> samples, int[] y, int classes, int features, double l2,
                                    double[] classWeights, int maxIterations) {
    int n = samples.size();
    double[] x = new double[classes * features + classes];
    Lbfgs.Objective objective = (wt, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      double[] z = new double[classes];
      for (int i = 0; i < n; i++) {
        Sample s = samples.get(i);
        scores(wt, classes, features, s, z);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
          max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
          z[c] = Math.exp(z[c] - max);
          sum += z[c];
        }
        double cw = classWeights == null ? 1 : classWeights[y[i]];
        loss -= cw * Math.log(Math.max(1e-300, z[y[i]] / sum));
        for (int c = 0; c < classes; c++) {
          double p = z[c] / sum;
          double d = cw * (p - (c == y[i] ? 1 : 0));
          if (d == 0) {
            continue;
          }
          int base = c * features;
          for (int j = 0; j < s.index.length; j++) {
            grad[base + s.index[j]] += d * s.value[j];
          }
          grad[classes * features + c] += d;
        }
      }
      int nw = classes * features;
      for (int j = 0; j < nw; j++) {
        loss += 0.5 * l2 * wt[j] * wt[j];
        grad[j] += l2 * wt[j];
      }
      return loss;
    };
    Lbfgs.minimize(objective, x, maxIterations, 1e-6);
    return new SparseSoftmax(classes, features, x);
  }

  private static void scores(double[] w, int classes, int features, Sample s, double[] z) {
    for (int c = 0; c < classes; c++) {
      double v = w[classes * features + c];
      int base = c * features;
      for (int j = 0; j < s.index.length; j++) {
        v += w[base + s.index[j]] * s.value[j];
      }
      z[c] = v;
    }
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
    return softmax(z);
  }

  public static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
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
