package org.presslens.nlp.encoder.ner;

import java.util.List;

/**
 * Case and character features of each word and its neighbours: the encoder is lower-cased, so capitalisation, which
 * marks names in English, reaches the tagger only through these.
 */
public final class WordShape {

  /** Features of one word. */
  private static final int OWN = 8;
  /** Features per word: its own, the previous and next word's, and whether the sentence is mostly capitals. */
  public static final int SIZE = 3 * OWN + 1;

  private WordShape() {
  }

  /** {@code words.size() × SIZE} features, row-major. */
  public static float[] of(List<String> words) {
    int n = words.size();
    float[][] own = new float[n][];
    int capitals = 0;
    for (int w = 0; w < n; w++) {
      own[w] = own(words.get(w), w == 0);
      capitals += own[w][1] > 0 && words.get(w).length() > 1 ? 1 : 0;
    }
    float headline = n > 2 && capitals * 2 > n ? 1f : 0f;
    float[] out = new float[n * SIZE];
    for (int w = 0; w < n; w++) {
      System.arraycopy(own[w], 0, out, w * SIZE, OWN);
      if (w > 0) {
        System.arraycopy(own[w - 1], 0, out, w * SIZE + OWN, OWN);
      }
      if (w + 1 < n) {
        System.arraycopy(own[w + 1], 0, out, w * SIZE + 2 * OWN, OWN);
      }
      out[w * SIZE + 3 * OWN] = headline;
    }
    return out;
  }

  private static float[] own(String word, boolean first) {
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int innerUpper = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
          innerUpper += i > 0 ? 1 : 0;
        }
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    boolean initial = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    return new float[] {
        initial ? 1 : 0,
        letters > 0 && upper == letters ? 1 : 0,
        letters > 0 && upper == 0 ? 1 : 0,
        digits > 0 ? 1 : 0,
        letters + digits == 0 ? 1 : 0,
        first ? 1 : 0,
        innerUpper > 0 && upper < letters ? 1 : 0,
        word.length() == 1 ? 1 : 0};
  }
}
