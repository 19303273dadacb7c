package org.presslens.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Repair;

/**
 * Reports the control characters {@link InputDecoder} dropped from an input as {@link Repair}s of kind
 * {@link Repair#CONTROL_CHARACTERS}: an empty span of {@link Article#text()} where they were, the characters as
 * {@code original} and {@code ""} as replacement.
 *
 * <p>Where they were: the readers take text out of the decoded input (titles, bylines, furniture), normalise white
 * space and split glued words, but keep every other character of a paragraph in order. So each paragraph, white
 * space left out, is found in the decoded input, white space left out, searching on from the previous one; a run
 * of dropped characters lies after as many non-white-space characters of its paragraph as it had before it. A run
 * outside every paragraph found (in a title, a byline, HTML markup) is reported at the start of the next paragraph
 * found, or at the end of the text. Linear in the input's length for ordinary text.
 */
final class ControlCharacterRepairs {

  private ControlCharacterRepairs() {
  }

  /** {@code article} with a repair for each run of dropped control characters; the article itself when none. */
  static Article addTo(Article article, String decoded, List<CharacterMapping.DroppedControls> drops) {
    if (drops.isEmpty()) {
      return article;
    }
    String text = article.text();
    StringBuilder visible = new StringBuilder(decoded.length());
    int[] visibleBefore = new int[drops.size()];
    int d = 0;
    for (int i = 0; i <= decoded.length(); i++) {
      while (d < drops.size() && drops.get(d).offset() == i) {
        visibleBefore[d++] = visible.length();
      }
      if (i < decoded.length() && !blank(decoded.charAt(i))) {
        visible.append(decoded.charAt(i));
      }
    }
    List<Located> located = locateParagraphs(text, article.paragraphs(), visible);
    List<Repair> repairs = new ArrayList<>(article.repairs());
    int p = 0;
    int pos = -1; // within located paragraph p: the offset just after its seen-th non-white-space character
    int seen = 0;
    for (int k = 0; k < drops.size(); k++) {
      int before = visibleBefore[k];
      while (p < located.size() && located.get(p).visibleEnd() < before) {
        p++;
        pos = -1;
      }
      int offset;
      if (p == located.size()) {
        offset = text.length();
      } else if (before <= located.get(p).visibleBegin()) {
        offset = located.get(p).paragraph().begin();
      } else {
        Located l = located.get(p);
        if (pos < 0) {
          pos = l.paragraph().begin();
          seen = 0;
        }
        while (seen < before - l.visibleBegin()) { // drops come in order: the walk goes on from the previous one
          if (!blank(text.charAt(pos++))) {
            seen++;
          }
        }
        offset = pos;
      }
      repairs.add(new Repair(offset, offset, drops.get(k).chars(), "", Repair.CONTROL_CHARACTERS));
    }
    repairs.sort(Comparator.comparingInt(Repair::begin));
    return article.toBuilder().text(text, article.sections(), repairs).build();
  }

  /** A paragraph found in the decoded input's non-white-space characters at {@code [visibleBegin, visibleEnd)}. */
  private record Located(Paragraph paragraph, int visibleBegin, int visibleEnd) {
  }

  private static List<Located> locateParagraphs(String text, List<Paragraph> paragraphs, CharSequence visible) {
    String all = visible.toString();
    List<Located> located = new ArrayList<>();
    int from = 0;
    for (Paragraph paragraph : paragraphs) {
      String own = withoutWhiteSpace(text, paragraph.begin(), paragraph.end());
      int at = own.isEmpty() ? -1 : all.indexOf(own, from);
      if (at >= 0) {
        located.add(new Located(paragraph, at, at + own.length()));
        from = at + own.length();
      }
    }
    return located;
  }

  private static String withoutWhiteSpace(String text, int begin, int end) {
    StringBuilder sb = new StringBuilder(end - begin);
    for (int i = begin; i < end; i++) {
      if (!blank(text.charAt(i))) {
        sb.append(text.charAt(i));
      }
    }
    return sb.toString();
  }

  /** White space as the readers normalise it: Java's white space and Unicode's space separators (no-break spaces). */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
