package org.presslens.nlp;

/**
 * The probabilities of negative, neutral and positive sentiment (summing to 1): what a targeted sentiment model
 * (entities analyzer) and a sentence sentiment model (sentiment analyzer) predict.
 */
public record PolarityProbabilities(double negative, double neutral, double positive) {

  /** From an array indexed by {@link Polarity#ordinal()}. */
  public static PolarityProbabilities of(double[] p) {
    return new PolarityProbabilities(p[0], p[1], p[2]);
  }

  /** From an array indexed by {@link Polarity#ordinal()}. */
  public static PolarityProbabilities of(float[] p) {
    return new PolarityProbabilities(p[0], p[1], p[2]);
  }

  /** The probability of {@code polarity}. */
  public double of(Polarity polarity) {
    return switch (polarity) {
      case NEGATIVE -> negative;
      case NEUTRAL -> neutral;
      case POSITIVE -> positive;
    };
  }

  /** The most probable polarity (ties: the first of NEGATIVE, NEUTRAL, POSITIVE). */
  public Polarity polarity() {
    Polarity best = Polarity.NEGATIVE;
    for (Polarity p : Polarity.values()) {
      if (of(p) > of(best)) {
        best = p;
      }
    }
    return best;
  }

  /** As an array indexed by {@link Polarity#ordinal()}. */
  public double[] toArray() {
    return new double[] {negative, neutral, positive};
  }

  /** P(positive) - P(negative), in -1..1. */
  public double score() {
    return positive - negative;
  }
}
