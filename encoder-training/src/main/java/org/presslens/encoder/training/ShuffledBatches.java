package org.presslens.encoder.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training batches of example indices drawn at random, with little padding: the shuffled examples are cut into chunks
 * of 50 batches, each chunk sorted by length and cut into batches, and the batches shuffled.
 */
public final class ShuffledBatches {

  private ShuffledBatches() {
  }

  /** Batches of at most {@code batchSize} indices of examples of {@code lengths}, drawn with {@code random}. */
  public static List<int[]> of(int[] lengths, int batchSize, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    List<int[]> batches = new ArrayList<>();
    int chunk = batchSize * 50;
    for (int from = 0; from < order.size(); from += chunk) {
      List<Integer> part = new ArrayList<>(order.subList(from, Math.min(order.size(), from + chunk)));
      part.sort((a, b) -> Integer.compare(lengths[a], lengths[b]));
      for (int b = 0; b < part.size(); b += batchSize) {
        batches.add(part.subList(b, Math.min(part.size(), b + batchSize)).stream()
            .mapToInt(Integer::intValue).toArray());
      }
    }
    Collections.shuffle(batches, random);
    return batches;
  }
}
