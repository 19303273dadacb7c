package org.presslens.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The 95% percentile bootstrap confidence interval of a mean, resampling articles: {@value #RESAMPLES} resamples of
 * the cell's scores (at the {@link ScoreHistogram#RESOLUTION} of the histogram) drawn with a {@link SplittableRandom}
 * seeded per cell ({@link #seed}), so the same scores and seed give the same interval on any JVM, in the CLI and in
 * Spark. Stateless.
 */
public final class Bootstrap {
  /** The number of resamples. */
  public static final int RESAMPLES = 1000;

  private Bootstrap() {
  }

  /** A confidence interval. */
  public record Interval(double low, double high) {
  }

  /**
   * The seed of one cell: the run's {@code seed} mixed with the cell's identity and group (by {@link String#hashCode},
   * which Java specifies), so every cell draws its own stream whatever the order of the cells.
   */
  public static long seed(long seed, String identity, String group) {
    return seed * 1_000_003L + identity.hashCode() * 31L + group.hashCode();
  }

  /** The interval of the mean of {@code values}; null for fewer than two values. */
  public static Interval interval(double[] values, long seed) {
    ScoreHistogram h = new ScoreHistogram();
    for (double v : values) {
      h.add(v);
    }
    return interval(h, seed);
  }

  /** The interval of the mean of the histogram's scores; null for fewer than two. */
  public static Interval interval(ScoreHistogram scores, long seed) {
    long n = scores.count();
    if (n < 2) {
      return null;
    }
    int bins = scores.binCount();
    double[] value = new double[bins];
    double[] probability = new double[bins];
    int[] alias = new int[bins];
    aliasTable(scores, n, value, probability, alias);
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      double sum = 0;
      for (long d = 0; d < n; d++) {
        int i = random.nextInt(bins);
        sum += value[random.nextDouble() < probability[i] ? i : alias[i]];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    return new Interval(round(means[(int) Math.floor(0.025 * RESAMPLES)]),
        round(means[(int) Math.ceil(0.975 * RESAMPLES) - 1]));
  }

  /** Vose's alias table of the bins (draw a bin uniformly, then keep it or take its alias): O(1) per draw. */
  private static void aliasTable(ScoreHistogram scores, long n, double[] value, double[] probability, int[] alias) {
    int bins = value.length;
    double[] scaled = new double[bins];
    int[] small = new int[bins];
    int[] large = new int[bins];
    int s = 0;
    int l = 0;
    for (int i = 0; i < bins; i++) {
      value[i] = scores.bin(i) * ScoreHistogram.RESOLUTION;
      scaled[i] = scores.countAt(i) * (double) bins / n;
      if (scaled[i] < 1) {
        small[s++] = i;
      } else {
        large[l++] = i;
      }
    }
    while (s > 0 && l > 0) {
      int less = small[--s];
      int more = large[--l];
      probability[less] = scaled[less];
      alias[less] = more;
      scaled[more] = scaled[more] + scaled[less] - 1;
      if (scaled[more] < 1) {
        small[s++] = more;
      } else {
        large[l++] = more;
      }
    }
    while (l > 0) {
      probability[large[--l]] = 1;
    }
    while (s > 0) {
      probability[small[--s]] = 1;
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
