package org.presslens.nlp;

import java.util.List;

/**
 * A probability distribution over the five sentiment classes, very negative (index 0) to very positive (index 4),
 * as CoreNLP's sentiment model gives it.
 */
public record SentimentDistribution(List<Double> probabilities) {

  public static final int CLASSES = 5;

  public SentimentDistribution {
    probabilities = List.copyOf(probabilities);
    if (probabilities.size() != CLASSES) {
      throw new IllegalArgumentException("expected " + CLASSES + " probabilities, got " + probabilities.size());
    }
  }

  /** The most probable class, 0..4. */
  public int argmax() {
    int best = 0;
    for (int i = 1; i < CLASSES; i++) {
      if (probabilities.get(i) > probabilities.get(best)) {
        best = i;
      }
    }
    return best;
  }

  /** The expected class mapped to -1..1: {@code sum(p_i * (i - 2)) / 2}. */
  public double score() {
    double s = 0;
    for (int i = 0; i < CLASSES; i++) {
      s += probabilities.get(i) * (i - 2);
    }
    return s / 2;
  }
}
