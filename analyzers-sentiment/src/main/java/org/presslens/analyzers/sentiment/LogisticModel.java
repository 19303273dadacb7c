package org.presslens.analyzers.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * A multinomial logistic regression over standardised features: {@code z_j = (x_j - mean_j) / scale_j},
 * {@code logit_k = bias_k + sum_j weights[k][j] * z_j}, {@code P(k) = softmax(logit)_k} for the classes
 * NEGATIVE, NEUTRAL, POSITIVE. Immutable.
 *
 * @param features the feature names, in order (checked against the extractor's)
 */
record LogisticModel(List<String> features, double[] mean, double[] scale, double[][] weights, double[] bias) {

  static final int CLASSES = 3;

  LogisticModel {
    features = List.copyOf(features);
    int n = features.size();
    if (mean.length != n || scale.length != n || weights.length != CLASSES || bias.length != CLASSES) {
      throw new IllegalArgumentException("inconsistent logistic model for " + n + " features");
    }
    for (double[] w : weights) {
      if (w.length != n) {
        throw new IllegalArgumentException("inconsistent logistic model for " + n + " features");
      }
    }
  }

  /** The class probabilities (NEGATIVE, NEUTRAL, POSITIVE) of one feature vector. */
  double[] probabilities(double[] x) {
    double[] logits = new double[CLASSES];
    for (int k = 0; k < CLASSES; k++) {
      double s = bias[k];
      for (int j = 0; j < x.length; j++) {
        s += weights[k][j] * (x[j] - mean[j]) / scale[j];
      }
      logits[k] = s;
    }
    return softmax(logits);
  }

  static double[] softmax(double[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    double[] p = new double[logits.length];
    for (int k = 0; k < logits.length; k++) {
      p[k] = Math.exp(logits[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /**
   * Fits the model by full-batch gradient descent (with momentum) on the mean weighted log-loss plus
   * {@code l2 / 2 * |weights|^2} (the bias is not penalised). Deterministic.
   *
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
    double[][] w = new double[CLASSES][d];
    double[] b = new double[CLASSES];
    double[][] vw = new double[CLASSES][d];
    double[] vb = new double[CLASSES];
    double rate = 0.5;
    double momentum = 0.9;
    double previousLoss = Double.POSITIVE_INFINITY;
    for (int iteration = 0; iteration < 5000; iteration++) {
      double[][] gw = new double[CLASSES][d];
      double[] gb = new double[CLASSES];
      double loss = 0;
      for (int i = 0; i < n; i++) {
        double sw = (sampleWeights == null ? 1 : sampleWeights[i]) / totalWeight;
        double[] logits = new double[CLASSES];
        for (int k = 0; k < CLASSES; k++) {
          double s = b[k];
          for (int j = 0; j < d; j++) {
            s += w[k][j] * z[i][j];
          }
          logits[k] = s;
        }
        double[] p = softmax(logits);
        loss -= sw * Math.log(Math.max(p[y[i]], 1e-300));
        for (int k = 0; k < CLASSES; k++) {
          double g = sw * (p[k] - (k == y[i] ? 1 : 0));
          gb[k] += g;
          for (int j = 0; j < d; j++) {
            gw[k][j] += g * z[i][j];
          }
        }
      }
      for (int k = 0; k < CLASSES; k++) {
        for (int j = 0; j < d; j++) {
          loss += l2 / 2 * w[k][j] * w[k][j];
          gw[k][j] += l2 * w[k][j];
          vw[k][j] = momentum * vw[k][j] - rate * gw[k][j];
          w[k][j] += vw[k][j];
        }
        vb[k] = momentum * vb[k] - rate * gb[k];
        b[k] += vb[k];
      }
      if (Math.abs(previousLoss - loss) < 1e-10) {
        break;
      }
      previousLoss = loss;
    }
    // express the model on the raw features: z = (x - mean) / scale is kept as is
    return new LogisticModel(new ArrayList<>(features), mean, scale, w, b);
  }
}
