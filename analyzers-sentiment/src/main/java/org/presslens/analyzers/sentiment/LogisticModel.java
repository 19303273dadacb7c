package org.presslens.analyzers.sentiment;

import java.util.List;
import org.presslens.ml.Softmax;

/**
 * A multinomial logistic regression over standardised features: {@code z_j = (x_j - mean_j) / scale_j},
 * {@code logit_k = bias_k + sum_j weights[k][j] * z_j}, {@code P(k) = softmax(logit)_k} for the classes
 * NEGATIVE, NEUTRAL, POSITIVE. Immutable.
 *
 * @param features the feature names, in order (checked against the extractor's)
 */
public record LogisticModel(List<String> features, double[] mean, double[] scale, double[][] weights, double[] bias) {

  /** NEGATIVE, NEUTRAL, POSITIVE. */
  public static final int CLASSES = 3;

  public LogisticModel {
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
  public double[] probabilities(double[] x) {
    double[] logits = new double[CLASSES];
    for (int k = 0; k < CLASSES; k++) {
      double s = bias[k];
      for (int j = 0; j < x.length; j++) {
        s += weights[k][j] * (x[j] - mean[j]) / scale[j];
      }
      logits[k] = s;
    }
    return Softmax.probabilities(logits);
  }

}
