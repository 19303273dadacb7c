package org.presslens.nlp.encoder.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Groups inputs of similar token length into batches so that padding to the longest in a batch wastes little. */
public final class Batches {

  private Batches() {
  }

  /** Input indices in batches of at most {@code batchSize}, by increasing length (ties: input order). */
  public static List<int[]> of(int[] lengths, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    int[] order = IntStream.range(0, lengths.length).boxed()
        .sorted(Comparator.comparingInt((Integer i) -> lengths[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    List<int[]> batches = new ArrayList<>();
    for (int from = 0; from < order.length; from += batchSize) {
      batches.add(java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize)));
    }
    return batches;
  }
}
