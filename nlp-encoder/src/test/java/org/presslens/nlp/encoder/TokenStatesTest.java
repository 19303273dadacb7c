package org.presslens.nlp.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenStatesTest {

  // [CLS] "ab" "cd" [SEP] "x" [SEP], width 2
  private final TokenStates states = new TokenStates(2,
      new float[] {9, 9, 1, 2, 3, 4, 8, 8, 5, 6, 7, 7},
      new int[] {0, 0, 3, 0, 0, 0},
      new int[] {0, 2, 5, 0, 1, 0},
      new int[] {0, 0, 0, 0, 1, 1},
      new boolean[] {true, false, false, true, false, true},
      false);

  @Test
  void meanOverAveragesTheTokensOverlappingTheSpanInTheFirstSegment() {
    assertThat(states.meanOver(0, 5)).containsExactly(2f, 3f);
    assertThat(states.meanOver(4, 5)).containsExactly(3f, 4f);
    assertThat(states.covers(2, 3)).isFalse();
    assertThat(states.meanOver(2, 3)).containsExactly(0f, 0f);
  }

  @Test
  void segmentMeanSkipsSpecialTokens() {
    assertThat(states.mean(0)).containsExactly(2f, 3f);
    assertThat(states.mean(1)).containsExactly(5f, 6f);
    assertThat(states.first()).containsExactly(9f, 9f);
  }

  @Test
  void statesAreCopies() {
    states.state(1)[0] = 100;
    assertThat(states.state(1)).containsExactly(1f, 2f);
  }

  @Test
  void rejectsArraysOfDifferentLengths() {
    assertThatThrownBy(() -> new TokenStates(2, new float[3], new int[2], new int[2], new int[2], new boolean[2],
        false)).isInstanceOf(IllegalArgumentException.class);
  }
}
