package org.presslens.corpus.internal;

import org.presslens.corpus.EntityPortrayal.Example;

/** Finds the sentence around a mention: the sentiment result's sentence, else a window of the text. Not API. */
final class Sentences {
  static final int MAX = 300;
  private static final int WINDOW = 120;

  private final String text;
  private final int[] begins;
  private final int[] ends;

  /** The text and its sentences' bounds (in text order; possibly none). */
  Sentences(String text, int[] begins, int[] ends) {
    this.text = text == null ? "" : text;
    this.begins = begins;
    this.ends = ends;
  }

  Example example(int begin, int end, double score, String source, String title) {
    if (end > text.length() || begin < 0 || begin > end) {
      return null;
    }
    int s = containing(begin);
    boolean inSentence = s >= 0 && begins[s] <= begin && ends[s] >= end && ends[s] <= text.length();
    int lo = inSentence ? begins[s] : 0;
    int hi = inSentence ? ends[s] : text.length();
    int from = inSentence ? lo : Math.max(0, begin - WINDOW);
    int to = inSentence ? hi : Math.min(text.length(), end + WINDOW);
    if (to - from > MAX) {
      from = Math.max(from, Math.min(begin - (MAX - (end - begin)) / 2, to - MAX));
      to = Math.min(to, from + MAX);
    }
    String prefix = from > lo ? "…" : "";
    String suffix = to < hi ? "…" : "";
    StringBuilder sentence = new StringBuilder(to - from + 2).append(prefix);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      sentence.append(Character.isWhitespace(c) ? ' ' : c);
    }
    sentence.append(suffix);
    int b = begin - from + prefix.length();
    return new Example(sentence.toString(), score, b, Math.min(end, to) - from + prefix.length(), source, title);
  }

  private int containing(int offset) {
    int lo = 0;
    int hi = begins.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else if (begins[mid] > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
