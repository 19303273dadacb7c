package org.presslens.analyzers.sentiment;

import org.presslens.nlp.SentimentLabel;

/** The three classes news sentiment is evaluated on (NewsMTSC: 2.0 negative, 4.0 neutral, 6.0 positive). */
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

  /** NewsMTSC's polarity value: 2.0 negative, 4.0 neutral, 6.0 positive; anything else is rejected. */
  public static Polarity ofNewsMtsc(double value) {
    if (value == 2.0) {
      return NEGATIVE;
    } else if (value == 4.0) {
      return NEUTRAL;
    } else if (value == 6.0) {
      return POSITIVE;
    }
    throw new IllegalArgumentException("NewsMTSC polarity must be 2.0, 4.0 or 6.0, got " + value);
  }
}
