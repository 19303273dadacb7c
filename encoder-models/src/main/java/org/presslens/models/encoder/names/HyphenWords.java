package org.presslens.models.encoder.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presslens.nlp.Token;
import org.presslens.nlp.encoder.ner.NerTagger;

/**
 * Words as the name tagger learnt them: the NER layer's tokenizer splits a hyphenated word ("Jong-un" is "Jong", "-",
 * "un"), CoNLL-2003 keeps it whole, so tokens joined by a hyphen token without spaces are one word for the tagger,
 * and its scores are spread back over the tokens: the first keeps them, each further token may only continue the
 * word's label (O stays O, B-t and I-t become I-t).
 */
final class HyphenWords {

  private static final Set<String> HYPHENS = Set.of("-", "\u2010", "\u2011");
  /** The score of starting a name inside a word: never. */
  private static final float NEVER = -1e4f;

  private HyphenWords() {
  }

  /** The index of the first token of each word, in order. */
  static int[] starts(List<Token> tokens) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      boolean joined = i > 0 && tokens.get(i - 1).end() == tokens.get(i).begin()
          && (hyphen(tokens.get(i)) || hyphen(tokens.get(i - 1)));
      if (!joined) {
        starts.add(i);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Per-token scores ({@code tokens × LABELS}) from per-word scores of the words that {@code starts} gives. */
  static float[] perToken(float[] byWord, int[] starts, int tokens) {
    int labels = NerTagger.LABELS;
    float[] out = new float[tokens * labels];
    for (int w = 0; w < starts.length; w++) {
      int end = w + 1 < starts.length ? starts[w + 1] : tokens;
      System.arraycopy(byWord, w * labels, out, starts[w] * labels, labels);
      float[] inside = new float[labels];
      inside[0] = byWord[w * labels];
      for (int k = 1; k < labels; k += 2) {
        float b = byWord[w * labels + k];
        float i = byWord[w * labels + k + 1];
        inside[k] = NEVER;
        inside[k + 1] = (float) (Math.max(b, i) + Math.log1p(Math.exp(-Math.abs(b - i))));
      }
      for (int t = starts[w] + 1; t < end; t++) {
        System.arraycopy(inside, 0, out, t * labels, labels);
      }
    }
    return out;
  }

  private static boolean hyphen(Token t) {
    return HYPHENS.contains(t.text());
  }
}
