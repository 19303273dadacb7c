package org.presslens.corpus;

import java.util.Arrays;

/**
 * The scores of a cell's articles in memory bounded by their resolution, not their number: each score is kept as a
 * count in its bin of width {@value #RESOLUTION} (at most 2,001 bins for scores in -1..1), beside their sum in
 * fixed point ({@value #SUM_UNIT}), which makes the mean the same whatever the order the scores came in. Not
 * thread-safe.
 */
public final class ScoreHistogram {
  /** The width of a bin. */
  public static final double RESOLUTION = 0.001;
  /** The unit of the sum: scores are summed as whole multiples of it, exactly and in any order. */
  public static final double SUM_UNIT = 1e-10;

  private int[] bins = new int[4];
  private int[] counts = new int[4];
  private int size;
  private long n;
  private long sum;

  /** Adds one score. */
  public void add(double score) {
    n++;
    sum += Math.round(score / SUM_UNIT);
    int bin = (int) Math.round(score / RESOLUTION);
    int at = Arrays.binarySearch(bins, 0, size, bin);
    if (at >= 0) {
      counts[at]++;
      return;
    }
    int insert = -at - 1;
    if (size == bins.length) {
      bins = Arrays.copyOf(bins, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    System.arraycopy(bins, insert, bins, insert + 1, size - insert);
    System.arraycopy(counts, insert, counts, insert + 1, size - insert);
    bins[insert] = bin;
    counts[insert] = 1;
    size++;
  }

  /** Adds every score of {@code other} (its exact sum, its binned values). */
  public void addAll(ScoreHistogram other) {
    int[] b = new int[size + other.size];
    int[] c = new int[size + other.size];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < size || j < other.size) {
      if (j == other.size || (i < size && bins[i] < other.bins[j])) {
        b[k] = bins[i];
        c[k++] = counts[i++];
      } else if (i == size || other.bins[j] < bins[i]) {
        b[k] = other.bins[j];
        c[k++] = other.counts[j++];
      } else {
        b[k] = bins[i];
        c[k++] = counts[i++] + other.counts[j++];
      }
    }
    bins = b.length == 0 ? new int[4] : b;
    counts = c.length == 0 ? new int[4] : c;
    size = k;
    n += other.n;
    sum += other.sum;
  }

  /** The number of scores. */
  public long count() {
    return n;
  }

  /** The exact mean of the scores (NaN when there are none). */
  public double mean() {
    return n == 0 ? Double.NaN : sum * SUM_UNIT / n;
  }

  int binCount() {
    return size;
  }

  int bin(int i) {
    return bins[i];
  }

  int countAt(int i) {
    return counts[i];
  }
}
