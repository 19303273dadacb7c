package org.presslens.render;

import java.util.Locale;
import org.presslens.nlp.SentimentLabel;

/** The colour of a label chip ({@link Html#chip}): the page styles these, so every renderer's labels look alike. */
public enum Tone {
  STRONG_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, STRONG_POSITIVE, MIXED;

  /** The tone of a sentiment label. */
  public static Tone of(SentimentLabel label) {
    if (label == null) {
      return NEUTRAL;
    }
    return switch (label) {
      case VERY_NEGATIVE -> STRONG_NEGATIVE;
      case NEGATIVE -> NEGATIVE;
      case NEUTRAL -> NEUTRAL;
      case POSITIVE -> POSITIVE;
      case VERY_POSITIVE -> STRONG_POSITIVE;
      case MIXED -> MIXED;
    };
  }

  /** The CSS class of the tone, e.g. {@code tone-strong-negative}. */
  public String cssClass() {
    return "tone-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
