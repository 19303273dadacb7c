package org.presslens.models.encoder.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.encoder.TokenStates;

class PoolingTest {

  // [CLS] "ab" "cd" [SEP], width 2
  private final TokenStates one = new TokenStates(2, new float[] {9, 9, 1, 4, 3, 2, 8, 8},
      new int[] {0, 0, 3, 0}, new int[] {0, 2, 5, 0}, new int[] {0, 0, 0, 0},
      new boolean[] {true, false, false, true}, false);
  // [CLS] "e" [SEP]
  private final TokenStates two = new TokenStates(2, new float[] {1, 1, 5, 0, 7, 7},
      new int[] {0, 0, 0}, new int[] {0, 1, 0}, new int[] {0, 0, 0}, new boolean[] {true, false, true}, false);

  @Test
  void summaryReadsClsMeanAndMaxOfTheNonSpecialTokens() {
    SentenceSummary s = SentenceSummary.of(one);
    assertThat(s.cls()).containsExactly(9f, 9f);
    assertThat(s.mean()).containsExactly(2f, 3f);
    assertThat(s.max()).containsExactly(3f, 4f);
    assertThat(s.tokens()).isEqualTo(2);
  }

  @Test
  void poolingOverSentencesWeighsTheMeanByTokensAndAveragesCls() {
    List<SentenceSummary> both = List.of(SentenceSummary.of(one), SentenceSummary.of(two));
    // mean over the three tokens: (1+3+5)/3, (4+2+0)/3; CLS mean of the two sentences; max over all tokens
    assertThat(Pooling.MEAN.features(both)).containsExactly(3f, 2f);
    assertThat(Pooling.CLS_MEAN_MAX.features(both)).containsExactly(5f, 5f, 3f, 2f, 5f, 4f);
    assertThat(Pooling.CLS_MEAN.width(384)).isEqualTo(768);
  }

  @Test
  void oneSentencePoolsToItsOwnSummary() {
    assertThat(Pooling.MEAN_MAX.features(List.of(SentenceSummary.of(one)))).containsExactly(2f, 3f, 3f, 4f);
  }

  @Test
  void idsRoundTripAndUnknownIdsAreNamed() {
    for (Pooling p : Pooling.values()) {
      assertThat(Pooling.of(p.id())).isEqualTo(p);
    }
    assertThat(Pooling.CLS_MEAN.id()).isEqualTo("cls-mean");
    assertThatThrownBy(() -> Pooling.of("avg")).hasMessageContaining("'avg'");
    assertThatThrownBy(() -> Pooling.MEAN.features(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
