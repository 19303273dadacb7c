package org.presslens.models.encoder.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderWeights;

class LinearHeadTest {

  private static EncoderWeights weights(long[] wShape, float[] w, long[] bShape, float[] b) {
    return new EncoderWeights(Map.of(LinearHead.WEIGHT, new EncoderWeights.Tensor(wShape, w),
        LinearHead.BIAS, new EncoderWeights.Tensor(bShape, b)));
  }

  @Test
  void computesTheSoftmaxOfXTimesWPlusB() {
    // two features, three classes: W row-major [feature][class]
    LinearHead head = new LinearHead(weights(new long[] {2, 3}, new float[] {1, 0, 0, 0, 2, 0},
        new long[] {3}, new float[] {0, 0, (float) Math.log(2)}));
    assertThat(head.features()).isEqualTo(2);
    assertThat(head.classes()).isEqualTo(3);
    float[] p = head.probabilities(new float[] {0, 0});
    assertThat(p[0]).isCloseTo(0.25f, within(1e-6f));
    assertThat(p[2]).isCloseTo(0.5f, within(1e-6f));
    float[] q = head.probabilities(new float[] {(float) Math.log(3), 0});
    assertThat(q[0]).isCloseTo(0.5f, within(1e-6f));
  }

  @Test
  void rejectsTensorsThatDoNotFitAndInputsOfTheWrongWidth() {
    assertThatThrownBy(() -> new LinearHead(weights(new long[] {2, 3}, new float[6], new long[] {2},
        new float[2]))).isInstanceOf(EncoderException.class).hasMessageContaining("[2, 3]");
    assertThatThrownBy(() -> new LinearHead(new EncoderWeights(Map.of())))
        .hasMessageContaining(LinearHead.WEIGHT);
    LinearHead head = new LinearHead(weights(new long[] {2, 3}, new float[6], new long[] {3}, new float[3]));
    assertThatThrownBy(() -> head.probabilities(new float[3])).hasMessageContaining("takes 2 features");
  }
}
