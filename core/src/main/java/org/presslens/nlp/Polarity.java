package org.presslens.nlp;

/**
 * The three classes news sentiment is predicted and evaluated on (sentence sentiment, targeted sentiment); the
 * coarse form of {@link SentimentLabel}.
 */
public enum Polarity {
  NEGATIVE, NEUTRAL, POSITIVE;

  /** Five labels to three: the two negative ones, NEUTRAL (and MIXED, which is no polarity), the two positive ones. */
  public static Polarity of(SentimentLabel label) {
    return switch (label) {
      case VERY_NEGATIVE, NEGATIVE -> NEGATIVE;
      case NEUTRAL, MIXED -> NEUTRAL;
      case POSITIVE, VERY_POSITIVE -> POSITIVE;
    };
  }
}
