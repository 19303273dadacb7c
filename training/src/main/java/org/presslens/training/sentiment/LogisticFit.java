package org.presslens.training.sentiment;

import java.util.List;
import org.presslens.analyzers.sentiment.LogisticModel;
import org.presslens.ml.Softmax;
import org.presslens.training.ml.Lbfgs;

/**
 * Fits a {@link LogisticModel}: features standardised on the data, then the mean weighted log-loss plus
 * {@code l2 / 2 * |weights|^2} (the bias is not penalised) minimised by {@link Lbfgs}. Deterministic.
 */
final class LogisticFit {

  private static final int CLASSES = LogisticModel.CLASSES;

  private LogisticFit() {
  }

  /**
   * @param x             one feature vector per sample
   * @param y             the class of each sample, 0..2
   * @param sampleWeights the weight of each sample (null: all 1)
   */
  static LogisticModel fit(List<String> features, double[][] x, int[] y, double[] sampleWeights, double l2) {
    int n = x.length;
    int d = features.size();
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    double[][] z = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        z[i][j] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    double totalWeight = 0;
    for (int i = 0; i < n; i++) {
      totalWeight += sampleWeights == null ? 1 : sampleWeights[i];
    }
    double total = totalWeight;
    // theta: weights[k][j] at k * d + j, then the biases at CLASSES * d + k
    double[] theta = new double[CLASSES * d + CLASSES];
    Lbfgs.minimize((t, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      double[] logits = new double[CLASSES];
      for (int i = 0; i < n; i++) {
        double sw = (sampleWeights == null ? 1 : sampleWeights[i]) / total;
        for (int k = 0; k < CLASSES; k++) {
          double s = t[CLASSES * d + k];
          for (int j = 0; j < d; j++) {
            s += t[k * d + j] * z[i][j];
          }
          logits[k] = s;
        }
        double[] p = Softmax.probabilities(logits);
        loss -= sw * Math.log(Math.max(p[y[i]], 1e-300));
        for (int k = 0; k < CLASSES; k++) {
          double g = sw * (p[k] - (k == y[i] ? 1 : 0));
          grad[CLASSES * d + k] += g;
          for (int j = 0; j < d; j++) {
            grad[k * d + j] += g * z[i][j];
          }
        }
      }
      for (int j = 0; j < CLASSES * d; j++) {
        loss += l2 / 2 * t[j] * t[j];
        grad[j] += l2 * t[j];
      }
      return loss;
    }, theta, 5000, 1e-10);
    double[][] w = new double[CLASSES][d];
    double[] b = new double[CLASSES];
    for (int k = 0; k < CLASSES; k++) {
      System.arraycopy(theta, k * d, w[k], 0, d);
      b[k] = theta[CLASSES * d + k];
    }
    return new LogisticModel(features, mean, scale, w, b);
  }
}
