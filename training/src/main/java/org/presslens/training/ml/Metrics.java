package org.presslens.training.ml;

/**
 * A confusion matrix of gold x predicted class indices, with precision, recall and F1 per class, macro-F1, F_avg and
 * accuracy: the one metric implementation of every presslens evaluation.
 */
public final class Metrics {

  private final int[][] confusion;

  public Metrics(int classes) {
    confusion = new int[classes][classes];
  }

  /** Metrics of a square confusion matrix {@code [gold][predicted]} (copied). */
  public static Metrics of(int[][] confusion) {
    Metrics m = new Metrics(confusion.length);
    for (int g = 0; g < confusion.length; g++) {
      System.arraycopy(confusion[g], 0, m.confusion[g], 0, confusion.length);
    }
    return m;
  }

  public void add(int gold, int predicted) {
    confusion[gold][predicted]++;
  }

  public void addAll(Metrics other) {
    for (int g = 0; g < confusion.length; g++) {
      for (int p = 0; p < confusion.length; p++) {
        confusion[g][p] += other.confusion[g][p];
      }
    }
  }

  public int count() {
    int n = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        n += v;
      }
    }
    return n;
  }

  public int[][] confusion() {
    int[][] copy = new int[confusion.length][];
    for (int i = 0; i < confusion.length; i++) {
      copy[i] = confusion[i].clone();
    }
    return copy;
  }

  public double precision(int c) {
    int predicted = 0;
    for (int[] row : confusion) {
      predicted += row[c];
    }
    return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
  }

  public double recall(int c) {
    int gold = 0;
    for (int v : confusion[c]) {
      gold += v;
    }
    return gold == 0 ? 0 : (double) confusion[c][c] / gold;
  }

  /** F1 of class {@code c}; 0 when precision and recall are both 0. */
  public double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The mean F1 over all classes. */
  public double macroF1() {
    double s = 0;
    for (int c = 0; c < confusion.length; c++) {
      s += f1(c);
    }
    return s / confusion.length;
  }

  /** The mean F1 of classes {@code a} and {@code b}: SemEval-2016's F_avg of FAVOR and AGAINST. */
  public double fAvg(int a, int b) {
    return (f1(a) + f1(b)) / 2;
  }

  public double accuracy() {
    int n = count();
    int right = 0;
    for (int c = 0; c < confusion.length; c++) {
      right += confusion[c][c];
    }
    return n == 0 ? 0 : (double) right / n;
  }

  public static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
