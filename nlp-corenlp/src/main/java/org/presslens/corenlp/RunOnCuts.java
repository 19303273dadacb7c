package org.presslens.corenlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to cut a text's run-on "sentences": runs of more than {@code maxRunChars} chars inside a paragraph without a
 * sentence end ({@code .}, {@code !}, {@code ?}), such as a scraped table or an unpunctuated paste, which CoreNLP
 * would annotate as one sentence of thousands of tokens. Each such run is cut at spaces into pieces of at most
 * {@code maxRunChars} chars (hard, outside a surrogate pair, when a piece has no space). A text without such a run
 * has no cut, so ordinary articles are annotated exactly as before. Linear in the text's length; pure.
 */
final class RunOnCuts {

  private RunOnCuts() {
  }

  /** The cut offsets, ascending, each strictly inside the text; empty when no run is longer than the limit. */
  static List<Integer> of(String text, int maxRunChars) {
    List<Integer> cuts = new ArrayList<>();
    int runStart = 0;
    int lastSpace = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        runStart = i + 1;
        lastSpace = -1;
        continue;
      }
      if (c == ' ' || c == '\n' || c == '\t') {
        lastSpace = i;
      }
      if (i - runStart >= maxRunChars) {
        int cut = lastSpace > runStart ? lastSpace + 1 : i;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > runStart) {
          cut--;
        }
        cuts.add(cut);
        runStart = cut;
        lastSpace = -1;
      }
    }
    return cuts;
  }
}
