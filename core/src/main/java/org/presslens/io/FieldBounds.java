package org.presslens.io;

/**
 * The largest title, heading, author name, byline and outlet the readers take out of a text; a longer candidate is
 * not one (a scraped line of 200,000 capitals ending in "*" is body text, not a byline). Chosen from the
 * development data with room to spare:
 * <ul>
 *   <li>titles: the 2,291 BBC and Webis titles are at most 108 chars and 20 words (99th percentile 70 and 11), so
 *       200 chars and 30 words;</li>
 *   <li>headings: the scraped op-eds' headings have 2-6 words; lines alone between BBC paragraphs that read like
 *       headings are at most 76 chars; so 80 chars and 10 words (the scraped reader's rule so far) for a line that
 *       is taken for a heading; an HTML heading, marked up as one, may be as long as a title;</li>
 *   <li>author names: "Nina L. Khrushcheva" and the HTML samples' bylines have 2-3 words; 8 words and 80 chars
 *       leave room for long names; a byline holds at most 4 names, 300 chars;</li>
 *   <li>outlets: "Project Syndicate", "BBC News": 2 words; 6 words and 60 chars.</li>
 * </ul>
 */
final class FieldBounds {

  static final int MAX_TITLE_CHARS = 200;
  static final int MAX_TITLE_WORDS = 30;
  static final int MAX_HEADING_CHARS = 80;
  static final int MAX_HEADING_WORDS = 10;
  static final int MAX_AUTHOR_CHARS = 80;
  static final int MAX_AUTHOR_WORDS = 8;
  static final int MAX_BYLINE_CHARS = 300;
  static final int MAX_BYLINE_AUTHORS = 4;
  static final int MAX_OUTLET_CHARS = 60;
  static final int MAX_OUTLET_WORDS = 6;

  private FieldBounds() {
  }

  static boolean isTitleSized(String s) {
    return fits(s, MAX_TITLE_CHARS, MAX_TITLE_WORDS);
  }

  static boolean isHeadingSized(String s) {
    return fits(s, MAX_HEADING_CHARS, MAX_HEADING_WORDS);
  }

  /** An HTML heading ({@code h2}-{@code h6}), marked up as one, may be as long as a title. */
  static boolean isMarkedUpHeadingSized(String s) {
    return isTitleSized(s);
  }

  /** A whole byline: at most {@value #MAX_BYLINE_CHARS} chars and as many words as its names may have. */
  static boolean isBylineSized(String s) {
    return fits(s, MAX_BYLINE_CHARS, MAX_BYLINE_AUTHORS * (MAX_AUTHOR_WORDS + 1));
  }

  static boolean isAuthorSized(String s) {
    return fits(s, MAX_AUTHOR_CHARS, MAX_AUTHOR_WORDS);
  }

  static boolean isOutletSized(String s) {
    return fits(s, MAX_OUTLET_CHARS, MAX_OUTLET_WORDS);
  }

  /** At most {@code maxChars} chars and {@code maxWords} words (runs of non-white-space); cost bounded by maxChars. */
  static boolean fits(String s, int maxChars, int maxWords) {
    if (s.length() > maxChars) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words <= maxWords;
  }
}
