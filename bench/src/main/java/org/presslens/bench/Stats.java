package org.presslens.bench;

import java.util.Arrays;
import java.util.List;

/** Small statistics over measurements. */
public final class Stats {
  private Stats() {
  }

  /** The median (the mean of the two middle values for an even count); NaN for none. */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  public static double mean(List<Double> values) {
    return values.isEmpty() ? Double.NaN : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  public static double sum(double[] values) {
    return Arrays.stream(values).sum();
  }

  /** Rounds to {@code digits} decimals, for the JSON line. */
  public static double round(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    double f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }
}
