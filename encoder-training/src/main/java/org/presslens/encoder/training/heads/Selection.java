package org.presslens.encoder.training.heads;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid a frozen head's settings are chosen from on the dev split: poolings, L2 strengths and class-weight powers
 * (see {@link HeadFit#classWeights}).
 */
public record Selection(List<String> poolings, List<Double> l2s, List<Double> balances) {

  public Selection {
    poolings = List.copyOf(poolings);
    l2s = List.copyOf(l2s);
    balances = List.copyOf(balances);
  }

  /** One point of the grid. */
  public record Point(String pooling, double l2, double balance) {
  }

  /** Every point, poolings outermost. */
  public List<Point> points() {
    List<Point> out = new ArrayList<>();
    for (String p : poolings) {
      for (double l2 : l2s) {
        for (double b : balances) {
          out.add(new Point(p, l2, b));
        }
      }
    }
    return out;
  }

  /** Parses comma-separated numbers. */
  public static List<Double> numbers(String csv) {
    List<Double> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      out.add(Double.parseDouble(s.trim()));
    }
    return out;
  }
}
