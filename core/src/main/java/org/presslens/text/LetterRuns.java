package org.presslens.text;

/**
 * Finds runs of letters (with combining marks) in a text by a plain scan, which is much faster than a regular
 * expression over Unicode classes on long texts.
 */
final class LetterRuns {

  /** Receives the {@code [start, end)} of each run. */
  interface Visitor {
    void run(int start, int end);
  }

  private LetterRuns() {
  }

  /** Calls {@code visitor} for each maximal run of letters and marks in {@code text}, in order. */
  static void forEach(CharSequence text, Visitor visitor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = Character.codePointAt(text, i);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      visitor.run(start, i);
    }
  }

  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
