package org.presslens.nlp.encoder;

/** The encoder could not be loaded or could not run; the cause is kept. */
public final class EncoderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EncoderException(String message, Throwable cause) {
    super(message, cause);
  }

  public EncoderException(String message) {
    super(message);
  }
}
