package org.presslens.nlp.encoder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

  @Test
  void groupsInputsByLengthKeepingInputOrderOnTies() {
    List<int[]> batches = Batches.of(new int[] {9, 3, 7, 3, 12}, 2);
    assertThat(batches).hasSize(3);
    assertThat(batches.get(0)).containsExactly(1, 3);
    assertThat(batches.get(1)).containsExactly(2, 0);
    assertThat(batches.get(2)).containsExactly(4);
  }

  @Test
  void noInputsNoBatches() {
    assertThat(Batches.of(new int[0], 4)).isEmpty();
    assertThatThrownBy(() -> Batches.of(new int[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
