package org.presslens.analyzers.entities.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.presslens.analyzers.entities.sentiment.Polarity;

/** Accuracy, per-class and macro F1 of a three-class prediction run; accumulate with {@link #add}. */
public final class ClassificationMetrics {
  private final int[][] confusion = new int[3][3];
  private int n;

  public void add(Polarity gold, Polarity predicted) {
    confusion[gold.ordinal()][predicted.ordinal()]++;
    n++;
  }

  public int n() {
    return n;
  }

  public double accuracy() {
    int correct = 0;
    for (int c = 0; c < 3; c++) {
      correct += confusion[c][c];
    }
    return n == 0 ? 0 : correct / (double) n;
  }

  public double f1(Polarity c) {
    int tp = confusion[c.ordinal()][c.ordinal()];
    int gold = 0;
    int predicted = 0;
    for (int k = 0; k < 3; k++) {
      gold += confusion[c.ordinal()][k];
      predicted += confusion[k][c.ordinal()];
    }
    double p = predicted == 0 ? 0 : tp / (double) predicted;
    double r = gold == 0 ? 0 : tp / (double) gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double f1Macro() {
    double s = 0;
    for (Polarity c : Polarity.values()) {
      s += f1(c);
    }
    return s / 3;
  }

  /** {@code confusion[gold][predicted]}. */
  public int[][] confusion() {
    int[][] copy = new int[3][];
    for (int c = 0; c < 3; c++) {
      copy[c] = confusion[c].clone();
    }
    return copy;
  }

  /** The figures as an ordered map (for JSON). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n);
    m.put("accuracy", round(accuracy()));
    m.put("f1_macro", round(f1Macro()));
    Map<String, Object> perClass = new LinkedHashMap<>();
    for (Polarity c : Polarity.values()) {
      perClass.put(c.name().toLowerCase(java.util.Locale.ROOT), round(f1(c)));
    }
    m.put("f1_per_class", perClass);
    return m;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
