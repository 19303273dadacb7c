package org.presslens.training.ml;

import java.util.List;
import org.presslens.ml.SparseSoftmax;

/**
 * Fits a {@link SparseSoftmax}: multinomial logistic regression over sparse features with an L2 penalty (not on the
 * biases), minimised by {@link Lbfgs}. Deterministic (zero start, full batch).
 */
public final class SoftmaxTraining {

  private SoftmaxTraining() {
  }

  /**
   * Trains on {@code samples} with labels {@code y} (0..classes-1).
   *
   * @param l2           the penalty {@code l2/2 * |w|^2}, against the sum over samples of weighted log-loss
   * @param classWeights per-class loss weights, or null for 1
   */
  public static SparseSoftmax train(List<SparseSoftmax.Sample> samples, int[] y, int classes, int features, double l2,
                                    double[] classWeights, int maxIterations) {
    int n = samples.size();
    double[] x = new double[classes * features + classes];
    Lbfgs.Objective objective = (wt, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      double[] z = new double[classes];
      for (int i = 0; i < n; i++) {
        SparseSoftmax.Sample s = samples.get(i);
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
          for (int j = 0; j < s.index().length; j++) {
            grad[base + s.index()[j]] += d * s.value()[j];
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
    return SparseSoftmax.ofVector(classes, features, x);
  }

  private static void scores(double[] w, int classes, int features, SparseSoftmax.Sample s, double[] z) {
    for (int c = 0; c < classes; c++) {
      double v = w[classes * features + c];
      int base = c * features;
      for (int j = 0; j < s.index().length; j++) {
        v += w[base + s.index()[j]] * s.value()[j];
      }
      z[c] = v;
    }
  }
}
