package org.presslens.analyzers.stance.ml;

/** Precision, recall and F1 of one class from counts; a confusion matrix of gold x predicted labels. */
public final class Metrics {

  private final int[][] confusion;

  public Metrics(int classes) {
    confusion = new int[classes][classes];
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
