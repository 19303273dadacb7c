package org.presslens.model;

/**
 * A repair of scraping damage: {@code original} (as scraped) became {@code replacement}, which occupies
 * {@code [begin, end)} of {@link Article#text()}.
 */
public record Repair(int begin, int end, String original, String replacement, String kind) {

  /** The kind of repair that splits words glued where a hyperlink was stripped ("Russiafor" → "Russia for"). */
  public static final String GLUED_WORDS = "GLUED_WORDS";

  /**
   * The kind of repair that drops stray control characters (a NUL, a bell, an escape) from a text input: the span is
   * empty, where they were; {@code original} holds them and {@code replacement} is empty.
   */
  public static final String CONTROL_CHARACTERS = "CONTROL_CHARACTERS";

  public Repair {
    new Span(begin, end);
    if (end - begin != replacement.length()) {
      throw new IllegalArgumentException("repair span [" + begin + ", " + end + ") does not match replacement '"
          + replacement + "'");
    }
  }
}
