package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;

/**
 * Quoted titles of works: a quoted span (‘…’, '…', “…”, "…") of 2–15 words in Title Case without a final full stop,
 * comma or exclamation mark ("Freedom for Chechnya!" is a slogan), or any quoted words after a cue word ("film",
 * "book", "titled", ...). The entities they name are WORK_OF_ART; NER mentions inside them are not entities.
 */
final class WorkTitles {

  private static final Set<String> WORK_CUES = Set.of("film", "movie", "book", "novel", "song", "album", "play",
      "series", "show", "documentary", "poem", "memoir", "opera", "painting", "essay", "article", "report",
      "musical", "sitcom", "drama", "comedy", "thriller", "biography", "titled", "entitled", "called");

  private WorkTitles() {
  }

  /** Quoted titles: ‘…’, '…', “…” or "…" holding 1–15 words in Title Case, or any quoted words after a cue word. */
  static List<int[]> workSpans(Article article) {
    String text = article.text();
    List<int[]> spans = new ArrayList<>();
    List<Paragraph> paragraphs = article.paragraphs();
    List<int[]> blocks = new ArrayList<>();
    if (paragraphs.isEmpty()) {
      blocks.add(new int[] {0, text.length()});
    } else {
      paragraphs.forEach(p -> blocks.add(new int[] {p.begin(), p.end()}));
    }
    for (int[] b : blocks) {
      int i = b[0];
      while (i < b[1]) {
        char c = text.charAt(i);
        char close = switch (c) {
          case '\u2018' -> '\u2019';
          case '\u201C' -> '\u201D';
          case '"' -> '"';
          case '\'' -> '\'';
          default -> 0;
        };
        boolean opening = close != 0 && (i == b[0] || !Character.isLetterOrDigit(text.charAt(i - 1)));
        if (!opening) {
          i++;
          continue;
        }
        int j = i + 1;
        int end = -1;
        while (j < b[1] && j - i < 200) {
          char d = text.charAt(j);
          if (d == close && (j + 1 >= b[1] || !Character.isLetter(text.charAt(j + 1)))) {
            end = j;
            break;
          }
          j++;
        }
        if (end < 0) {
          i++;
          continue;
        }
        String inner = text.substring(i + 1, end);
        if (isTitle(inner, cueBefore(text, i))) {
          int innerBegin = i + 1;
          while (innerBegin < end && Character.isWhitespace(text.charAt(innerBegin))) {
            innerBegin++;
          }
          int innerEnd = end;
          while (innerEnd > innerBegin && !Character.isLetterOrDigit(text.charAt(innerEnd - 1))
              && text.charAt(innerEnd - 1) != '?' && text.charAt(innerEnd - 1) != '!') {
            innerEnd--;
          }
          spans.add(new int[] {innerBegin, innerEnd});
          i = end + 1;
        } else {
          i++; // a quotation may hold a title: look inside
        }
      }
    }
    return spans;
  }

  private static boolean cueBefore(String text, int quote) {
    int i = quote - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
      i--;
    }
    int e = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return WORK_CUES.contains(text.substring(i + 1, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isTitle(String inner, boolean cue) {
    String t = inner.trim();
    if (t.isEmpty() || t.length() > 150 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length > 15) {
      return false;
    }
    if (cue) {
      return true;
    }
    if (words.length < 2) {
      return false;
    }
    int capitalised = 0;
    int content = 0;
    for (String w : words) {
      String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (bare.isEmpty()) {
        continue;
      }
      if (Names.MINOR_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
        continue;
      }
      content++;
      if (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))) {
        capitalised++;
      }
    }
    // a Title Case phrase, not a quoted sentence nor, without a cue word, an exclamation ("Freedom for Chechnya!")
    return content > 0 && capitalised == content && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith("!");
  }

  // ---------------------------------------------------------------- grouping
}
