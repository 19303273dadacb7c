package org.presslens.analyzers.entities.sentiment;

/** The three classes of targeted sentiment. */
public enum Polarity {
  NEGATIVE, NEUTRAL, POSITIVE;

  /** The class of a NewsMTSC polarity value: 2.0 negative, 4.0 neutral, 6.0 positive (and 1.0/7.0 strong forms). */
  public static Polarity ofNewsMtsc(double value) {
    if (value < 3.5) {
      return NEGATIVE;
    }
    if (value > 4.5) {
      return POSITIVE;
    }
    return NEUTRAL;
  }

  /** -1, 0 or 1. */
  public int sign() {
    return ordinal() - 1;
  }
}
