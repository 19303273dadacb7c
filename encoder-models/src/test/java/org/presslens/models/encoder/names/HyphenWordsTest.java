package org.presslens.models.encoder.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.Token;
import org.presslens.nlp.encoder.ner.NerTagger;

class HyphenWordsTest {

  private static final int L = NerTagger.LABELS;

  /** Tokens of {@code text} split at spaces and around hyphens, as CoreNLP splits "Jong-un". */
  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int j = i + 1;
      if (text.charAt(i) != '-') {
        while (j < text.length() && text.charAt(j) != ' ' && text.charAt(j) != '-') {
          j++;
        }
      }
      out.add(new Token(i, j, text.substring(i, j), null, null, null));
      i = j;
    }
    return out;
  }

  @Test
  void tokensJoinedByAHyphenWithoutSpacesAreOneWord() {
    // Kim Jong - un met ; a - b with spaces ; Putin - Kim summit
    assertThat(HyphenWords.starts(tokens("Kim Jong-un met a - b and the Putin-Kim summit")))
        .containsExactly(0, 1, 4, 5, 6, 7, 8, 9, 10, 13);
  }

  @Test
  void furtherTokensOfAWordMayOnlyContinueItsLabel() {
    float[] byWord = new float[2 * L];
    java.util.Arrays.fill(byWord, -5f);
    byWord[0] = -0.1f;                 // word 0: O
    byWord[L + 1] = -0.2f;             // word 1: B-PER
    byWord[L + 2] = -0.3f;             // ... or I-PER
    float[] perToken = HyphenWords.perToken(byWord, new int[] {0, 1}, 4);
    // token 1 starts word 1 and keeps its scores
    assertThat(perToken[L + 1]).isEqualTo(-0.2f);
    // tokens 2 and 3 continue it: B-PER never, I-PER takes B or I (log-sum-exp), O keeps O
    for (int t = 2; t < 4; t++) {
      assertThat(perToken[t * L + 1]).isLessThan(-1000f);
      assertThat(perToken[t * L + 2]).isCloseTo((float) Math.log(Math.exp(-0.2) + Math.exp(-0.3)),
          org.assertj.core.data.Offset.offset(1e-5f));
      assertThat(perToken[t * L]).isEqualTo(-5f);
    }
  }
}
