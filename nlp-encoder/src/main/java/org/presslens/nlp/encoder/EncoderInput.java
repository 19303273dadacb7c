package org.presslens.nlp.encoder;

import java.util.Objects;

/**
 * One input of the encoder: a text, optionally paired with a second text (BERT's sentence pair: {@code [CLS] text
 * [SEP] second [SEP]}, the second with segment id 1).
 *
 * @param text   the text whose token states are wanted
 * @param second the paired text, or the empty string for none
 */
public record EncoderInput(String text, String second) {

  public EncoderInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(second, "second");
  }

  /** A single text. */
  public static EncoderInput of(String text) {
    return new EncoderInput(text, "");
  }

  /** A text paired with a second one (for example a sentence and the target mention). */
  public static EncoderInput pair(String text, String second) {
    if (second.isEmpty()) {
      throw new IllegalArgumentException("the second text of a pair must not be empty");
    }
    return new EncoderInput(text, second);
  }

  /** Whether a second text is present. */
  public boolean isPair() {
    return !second.isEmpty();
  }
}
