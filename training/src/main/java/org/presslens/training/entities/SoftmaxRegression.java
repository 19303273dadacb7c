package org.presslens.training.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.training.ml.Lbfgs;

/**
 * Multinomial logistic regression with L2 regularization, trained full-batch with {@link Lbfgs} (deterministic: no
 * shuffling, no random initialisation). Small and dependency-free; enough for a few thousand examples with tens of
 * thousands of sparse features.
 */
final class SoftmaxRegression {

  /** A sparse example: feature indices and values. */
  record Example(int[] index, double[] value, int label, double weight) {
  }

  /** Stop when the loss fell by less than this fraction over the last 5 iterations. */
  static final double TOLERANCE = 1e-7;

  private SoftmaxRegression() {
  }

  /**
   * Trains and returns the weights as {@code [feature][class]}.
   *
   * @param l2 the L2 penalty {@code l2/2 * |w|^2} (the data term is the weighted sum of the examples' losses)
   */
  static double[][] train(List<Example> examples, int features, int classes, double l2, int maxIterations) {
    int dim = features * classes;
    double[] w = new double[dim];
    Lbfgs.minimize((x, grad) -> {
      double[] out = lossAndGradient(examples, classes, l2, x);
      System.arraycopy(out, 1, grad, 0, grad.length);
      return out[0];
    }, w, maxIterations, TOLERANCE);
    double[][] weights = new double[features][classes];
    for (int j = 0; j < features; j++) {
      System.arraycopy(w, j * classes, weights[j], 0, classes);
    }
    return weights;
  }

  static double[] lossAndGradient(List<Example> examples, int classes, double l2, double[] w) {
    double[] out = new double[w.length + 1];
    double loss = 0;
    double[] scores = new double[classes];
    for (Example e : examples) {
      Arrays.fill(scores, 0);
      for (int k = 0; k < e.index().length; k++) {
        int base = e.index()[k] * classes;
        double v = e.value()[k];
        for (int c = 0; c < classes; c++) {
          scores[c] += w[base + c] * v;
        }
      }
      double max = Arrays.stream(scores).max().orElse(0);
      double z = 0;
      for (int c = 0; c < classes; c++) {
        scores[c] = Math.exp(scores[c] - max);
        z += scores[c];
      }
      loss -= e.weight() * Math.log(scores[e.label()] / z);
      for (int c = 0; c < classes; c++) {
        double g = e.weight() * (scores[c] / z - (c == e.label() ? 1 : 0));
        if (g == 0) {
          continue;
        }
        for (int k = 0; k < e.index().length; k++) {
          out[1 + e.index()[k] * classes + c] += g * e.value()[k];
        }
      }
    }
    for (int i = 0; i < w.length; i++) {
      loss += 0.5 * l2 * w[i] * w[i];
      out[1 + i] += l2 * w[i];
    }
    out[0] = loss;
    return out;
  }

  /** Builds the feature index: features seen in at least {@code minCount} examples, in first-seen order. */
  static Map<String, Integer> index(List<Map<String, Double>> featureMaps, int minCount) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Map<String, Double> m : featureMaps) {
      for (String name : m.keySet()) {
        if (counts.merge(name, 1, Integer::sum) == 1) {
          order.add(name);
        }
      }
    }
    Map<String, Integer> index = new java.util.LinkedHashMap<>();
    for (String name : order) {
      if (counts.get(name) >= minCount) {
        index.put(name, index.size());
      }
    }
    return index;
  }

  static Example example(Map<String, Double> features, Map<String, Integer> index, int label, double weight) {
    int[] idx = new int[features.size()];
    double[] val = new double[features.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : features.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i != null && e.getValue() != 0) {
        idx[n] = i;
        val[n] = e.getValue();
        n++;
      }
    }
    return new Example(Arrays.copyOf(idx, n), Arrays.copyOf(val, n), label, weight);
  }
}
