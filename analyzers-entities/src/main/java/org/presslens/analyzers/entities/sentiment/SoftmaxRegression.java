package org.presslens.analyzers.entities.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial logistic regression with L2 regularization, trained full-batch with L-BFGS (deterministic: no
 * shuffling, no random initialisation). Small and dependency-free; enough for a few thousand examples with tens of
 * thousands of sparse features.
 */
final class SoftmaxRegression {

  /** A sparse example: feature indices and values. */
  record Example(int[] index, double[] value, int label, double weight) {
  }

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
    Objective objective = x -> lossAndGradient(examples, classes, l2, x);
    lbfgs(objective, w, maxIterations, 10);
    double[][] weights = new double[features][classes];
    for (int j = 0; j < features; j++) {
      System.arraycopy(w, j * classes, weights[j], 0, classes);
    }
    return weights;
  }

  interface Objective {
    /** Returns {loss, gradient...}: element 0 the loss, the rest the gradient. */
    double[] evaluate(double[] x);
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

  /** Minimizes {@code f} from {@code x} (updated in place) with limited-memory BFGS and a backtracking line search. */
  static void lbfgs(Objective f, double[] x, int maxIterations, int memory) {
    int n = x.length;
    double[] fg = f.evaluate(x);
    double value = fg[0];
    double[] g = Arrays.copyOfRange(fg, 1, n + 1);
    List<double[]> ss = new ArrayList<>();
    List<double[]> ys = new ArrayList<>();
    List<Double> rhos = new ArrayList<>();
    for (int iter = 0; iter < maxIterations; iter++) {
      // two-loop recursion
      double[] q = g.clone();
      double[] alpha = new double[ss.size()];
      for (int i = ss.size() - 1; i >= 0; i--) {
        alpha[i] = rhos.get(i) * dot(ss.get(i), q);
        axpy(-alpha[i], ys.get(i), q);
      }
      if (!ss.isEmpty()) {
        double[] s = ss.get(ss.size() - 1);
        double[] y = ys.get(ys.size() - 1);
        double gamma = dot(s, y) / dot(y, y);
        for (int i = 0; i < n; i++) {
          q[i] *= gamma;
        }
      } else {
        double norm = Math.sqrt(dot(g, g));
        for (int i = 0; i < n; i++) {
          q[i] /= Math.max(1, norm);
        }
      }
      for (int i = 0; i < ss.size(); i++) {
        double beta = rhos.get(i) * dot(ys.get(i), q);
        axpy(alpha[i] - beta, ss.get(i), q);
      }
      // direction d = -q
      double slope = -dot(g, q);
      if (slope >= 0) {
        q = g.clone();
        slope = -dot(g, g);
        ss.clear();
        ys.clear();
        rhos.clear();
      }
      double step = 1;
      double[] next = new double[n];
      double[] nfg = null;
      for (int tries = 0; tries < 40; tries++) {
        for (int i = 0; i < n; i++) {
          next[i] = x[i] - step * q[i];
        }
        nfg = f.evaluate(next);
        if (nfg[0] <= value + 1e-4 * step * slope) {
          break;
        }
        step *= 0.5;
      }
      double[] ng = Arrays.copyOfRange(nfg, 1, n + 1);
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = next[i] - x[i];
        y[i] = ng[i] - g[i];
      }
      double sy = dot(s, y);
      double improvement = value - nfg[0];
      System.arraycopy(next, 0, x, 0, n);
      g = ng;
      double previous = value;
      value = nfg[0];
      if (sy > 1e-10) {
        ss.add(s);
        ys.add(y);
        rhos.add(1 / sy);
        if (ss.size() > memory) {
          ss.remove(0);
          ys.remove(0);
          rhos.remove(0);
        }
      }
      if (improvement >= 0 && improvement < 1e-7 * Math.max(1, Math.abs(previous))) {
        break;
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
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
