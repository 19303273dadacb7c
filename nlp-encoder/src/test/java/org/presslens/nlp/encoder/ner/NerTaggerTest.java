package org.presslens.nlp.encoder.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.TokenStates;
import org.junit.jupiter.api.Test;

class NerTaggerTest {

  private static final int O = 0;
  private static final int B_PER = 1;

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
    assertThat(lp[B_PER]).isGreaterThan(lp[O]);
    assertThat(lp[NerTagger.LABELS + O]).isGreaterThan(lp[NerTagger.LABELS + B_PER]);
  }

  @Test
  void theNerLayerBonusIsReadFromTheHeadFileAndIsZeroWithoutIt() {
    Map<String, EncoderWeights.Tensor> head = new java.util.HashMap<>(Map.of(
        "head.w1", new EncoderWeights.Tensor(new long[] {2 + WordShape.SIZE, NerTagger.LABELS},
            new float[(2 + WordShape.SIZE) * NerTagger.LABELS]),
        "head.b1", new EncoderWeights.Tensor(new long[] {NerTagger.LABELS}, new float[NerTagger.LABELS])));
    NerTagger plain = new NerTagger(new EncoderWeights(head), 2);
    assertThat(plain.nerLayerEntityBonus()).isZero();
    assertThat(plain.nerLayerOutsideBonus()).isZero();
    head.put(NerTagger.NER_LAYER_BONUS, new EncoderWeights.Tensor(new long[] {2}, new float[] {6, 4}));
    NerTagger combined = new NerTagger(new EncoderWeights(head), 2);
    assertThat(combined.nerLayerEntityBonus()).isEqualTo(6f);
    assertThat(combined.nerLayerOutsideBonus()).isEqualTo(4f);
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
}
