package org.presslens.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits clean text into blocks (runs of non-blank lines between blank lines) and blocks into paragraphs.
 *
 * <p>Inside a block, a line that starts with a list marker ("- ", "• ", "1. ") starts a paragraph of its own; other
 * lines are joined to the paragraph before them with a space, so hard-wrapped text and one-paragraph-per-line text
 * both work.
 */
final class TextBlocks {

  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-–—•*·▪]|\\d{1,3}[.)])\\s+\\S.*");
  private static final Pattern INLINE_SPACE =
      Pattern.compile("[\\t \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private TextBlocks() {
  }

  /** The blocks of {@code text}, each a list of trimmed, non-blank lines. */
  static List<List<String>> blocks(String text) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String trimmed = normalizeSpace(line);
      if (trimmed.isEmpty()) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(trimmed);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /** The paragraphs of one block. */
  static List<String> paragraphs(List<String> lines) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (current.length() > 0 && LIST_ITEM.matcher(line).matches()) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  /** One line of text: runs of spaces, tabs and other horizontal white space become one space; trimmed. */
  static String normalizeSpace(String s) {
    boolean clean = !s.isEmpty() && s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ';
    for (int i = 0; clean && i < s.length(); i++) {
      char c = s.charAt(i);
      clean = c == ' ' ? s.charAt(i - 1) != ' ' : c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
    }
    return clean ? s : INLINE_SPACE.matcher(s).replaceAll(" ").strip();
  }
}
