package org.presslens.model;

/**
 * A repair of scraping damage: {@code original} (as scraped) became {@code replacement}, which occupies
 * {@code [begin, end)} of {@link Article#text()}.
 */
public record Repair(int begin, int end, String original, String replacement, String kind) {

  /** The kind of repair that splits words glued where a hyperlink was stripped ("Russiafor" → "Russia for"). */
  public static final String GLUED_WORDS = "GLUED_WORDS";

  public Repair {
    new Span(begin, end);
    if (end - begin != replacement.length()) {
      throw new IllegalArgumentException("repair span [" + begin + ", " + end + ") does not match replacement '"
          + replacement + "'");
    }
  }
}
