package org.presslens.nlp;

/** A sentiment label; {@link #MIXED} marks a unit holding both strong positive and strong negative sentences. */
public enum SentimentLabel {
  VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE, MIXED;

  /** The label of one of the five sentiment classes, 0 (very negative) to 4 (very positive). */
  public static SentimentLabel ofClass(int sentimentClass) {
    return values()[sentimentClass];
  }

  /** The label of a score in -1..1 (thresholds ±0.15 and ±0.6). */
  public static SentimentLabel ofScore(double score) {
    if (score <= -0.6) {
      return VERY_NEGATIVE;
    } else if (score <= -0.15) {
      return NEGATIVE;
    } else if (score < 0.15) {
      return NEUTRAL;
    } else if (score < 0.6) {
      return POSITIVE;
    }
    return VERY_POSITIVE;
  }
}
