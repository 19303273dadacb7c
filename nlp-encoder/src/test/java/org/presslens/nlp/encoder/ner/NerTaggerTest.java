package org.presslens.nlp.encoder.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.TokenStates;
import org.junit.jupiter.api.Test;

class NerTaggerTest {

  private static final int O = 0;
  private static final int B_PER = 1;
  private static final int I_PER = 2;
  private static final int B_ORG = 3;
  private static final int I_ORG = 4;

  @Test
  void spansOfLabelsStartAtBeginOrAtAnInsideAfterAnotherType() {
    assertThat(NerTagger.spans(new int[] {B_PER, I_PER, O, B_ORG, B_ORG, I_ORG, I_PER}))
        .containsExactly(new NerTagger.Span(0, 2, "PER"), new NerTagger.Span(3, 4, "ORG"),
            new NerTagger.Span(4, 6, "ORG"), new NerTagger.Span(6, 7, "PER"));
  }

  @Test
  void bestPathNeverPutsAnInsideLabelAfterOutside() {
    float[] scores = scores(new int[] {O, I_PER}, 3, 2);
    // I-PER alone is best for the second word, but may not follow O: the path must take B-PER or move the first word
    int[] path = NerTagger.bestPath(scores, null, 2);
    assertThat(path[1] != I_PER || path[0] == B_PER || path[0] == I_PER).isTrue();
    assertThat(NerTagger.bestPath(scores(new int[] {B_PER, I_PER}, 3, 2), null, 2)).containsExactly(B_PER, I_PER);
  }

  @Test
  void aBonusPullsThePathTowardsItsLabels() {
    float[] scores = scores(new int[] {O, O}, 1, 2);
    float[] bonus = new float[2 * NerTagger.LABELS];
    bonus[B_ORG] = 2;
    assertThat(NerTagger.bestPath(scores, bonus, 2)).containsExactly(B_ORG, O);
  }

  @Test
  void aLinearHeadScoresEachWordAtItsFirstPiece() {
    int d = 2;
    int features = d + WordShape.SIZE;
    float[] w = new float[features * NerTagger.LABELS];
    w[0 * NerTagger.LABELS + B_PER] = 5; // state dimension 0 votes B-PER
    w[1 * NerTagger.LABELS + O] = 5;     // state dimension 1 votes O
    NerTagger tagger = new NerTagger(new EncoderWeights(Map.of(
        "head.w1", new EncoderWeights.Tensor(new long[] {features, NerTagger.LABELS}, w),
        "head.b1", new EncoderWeights.Tensor(new long[] {NerTagger.LABELS}, new float[NerTagger.LABELS]))), d);
    // "Ann runs": [CLS] ann run ##s [SEP]; "ann" points to PER, "run" to O, "##s" (not a first piece) to PER
    TokenStates states = new TokenStates(d, new float[] {0, 0, 1, 0, 0, 1, 1, 0, 0, 0},
        new int[] {0, 0, 4, 7, 0}, new int[] {0, 3, 7, 8, 0}, new int[5],
        new boolean[] {true, false, false, false, true}, false);
    float[] lp = tagger.logProbs(states, List.of("Ann", "runs"), new int[] {0, 4});
    assertThat(NerTagger.spans(lp, null, 2)).containsExactly(new NerTagger.Span(0, 1, "PER"));
    assertThat(lp[B_PER]).isGreaterThan(lp[O]);
    assertThat(lp[NerTagger.LABELS + O]).isGreaterThan(lp[NerTagger.LABELS + B_PER]);
  }

  @Test
  void aHeadOfTheWrongWidthIsAClearError() {
    assertThatThrownBy(() -> new NerTagger(new EncoderWeights(Map.of(
        "head.w1", new EncoderWeights.Tensor(new long[] {3, NerTagger.LABELS}, new float[3 * NerTagger.LABELS]),
        "head.b1", new EncoderWeights.Tensor(new long[] {NerTagger.LABELS}, new float[NerTagger.LABELS]))), 384))
        .isInstanceOf(EncoderException.class).hasMessageContaining("does not fit an encoder of width 384");
  }

  @Test
  void wordShapesMarkCapitalsAndHeadlines() {
    float[] f = WordShape.of(List.of("NEW", "YORK", "WINS"));
    assertThat(f[1]).isEqualTo(1f);                          // all capitals
    assertThat(f[WordShape.SIZE - 1]).isEqualTo(1f);         // mostly capitals: a headline
    float[] g = WordShape.of(List.of("Ann", "runs", "fast"));
    assertThat(g[0]).isEqualTo(1f);                          // initial capital
    assertThat(g[WordShape.SIZE - 1]).isEqualTo(0f);
  }

  private static float[] scores(int[] best, float margin, int words) {
    float[] s = new float[words * NerTagger.LABELS];
    Arrays.fill(s, -margin);
    for (int w = 0; w < words; w++) {
      s[w * NerTagger.LABELS + best[w]] = 0;
    }
    return s;
  }
}
