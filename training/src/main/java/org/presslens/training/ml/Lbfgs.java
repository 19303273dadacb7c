package org.presslens.training.ml;

import java.util.ArrayDeque;
import java.util.Deque;

/** Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives. */
public final class Lbfgs {

  /** A differentiable function: writes the gradient at {@code x} into {@code grad} and returns the value. */
  @FunctionalInterface
  public interface Objective {
    double evaluate(double[] x, double[] grad);
  }

  private Lbfgs() {
  }

  /**
   * Minimises {@code f} from {@code x} (updated in place) for at most {@code maxIterations}, stopping when the
   * relative decrease of the value over 5 iterations falls below {@code tolerance}.
   *
   * @return the final value
   */
  public static double minimize(Objective f, double[] x, int maxIterations, double tolerance) {
    int n = x.length;
    int memory = 10;
    double[] g = new double[n];
    double value = f.evaluate(x, g);
    Deque<double[]> ss = new ArrayDeque<>();
    Deque<double[]> ys = new ArrayDeque<>();
    Deque<Double> rhos = new ArrayDeque<>();
    double[] history = new double[5];
    java.util.Arrays.fill(history, Double.NaN);
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int iter = 0; iter < maxIterations; iter++) {
      // two-loop recursion: d = -H g
      double[] d = g.clone();
      double[][] sArr = ss.toArray(new double[0][]);
      double[][] yArr = ys.toArray(new double[0][]);
      Double[] rArr = rhos.toArray(new Double[0]);
      int m = sArr.length;
      double[] alpha = new double[m];
      for (int i = m - 1; i >= 0; i--) {
        alpha[i] = rArr[i] * dot(sArr[i], d);
        axpy(-alpha[i], yArr[i], d);
      }
      if (m > 0) {
        double gamma = dot(sArr[m - 1], yArr[m - 1]) / dot(yArr[m - 1], yArr[m - 1]);
        scale(d, gamma);
      } else {
        double gn = Math.sqrt(dot(g, g));
        scale(d, gn > 0 ? 1.0 / gn : 1.0);
      }
      for (int i = 0; i < m; i++) {
        double beta = rArr[i] * dot(yArr[i], d);
        axpy(alpha[i] - beta, sArr[i], d);
      }
      scale(d, -1);
      double slope = dot(g, d);
      if (slope >= 0) {
        // not a descent direction: restart with steepest descent
        ss.clear();
        ys.clear();
        rhos.clear();
        d = g.clone();
        scale(d, -1.0 / Math.max(1e-12, Math.sqrt(dot(g, g))));
        slope = dot(g, d);
        if (slope >= 0) {
          break;
        }
      }
      double step = 1.0;
      double newValue;
      int tries = 0;
      while (true) {
        for (int i = 0; i < n; i++) {
          xNew[i] = x[i] + step * d[i];
        }
        newValue = f.evaluate(xNew, gNew);
        if (newValue <= value + 1e-4 * step * slope || ++tries > 40) {
          break;
        }
        step *= 0.5;
      }
      if (tries > 40) {
        break;
      }
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-12) {
        ss.addLast(s);
        ys.addLast(y);
        rhos.addLast(1.0 / sy);
        if (ss.size() > memory) {
          ss.removeFirst();
          ys.removeFirst();
          rhos.removeFirst();
        }
      }
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      double old = history[iter % 5];
      history[iter % 5] = newValue;
      value = newValue;
      if (!Double.isNaN(old) && (old - value) / Math.max(1e-10, Math.abs(value)) < tolerance) {
        break;
      }
    }
    return value;
  }

  static double dot(double[] a, double[] b) {
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

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }
}
