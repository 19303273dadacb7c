package org.presslens.encoder.training.heads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.models.encoder.heads.LinearHead;

class HeadFitTest {

  /** Three classes, each a cloud around its own point, on features with offsets and scales far from standard. */
  private static List<float[]> clouds(int[] y, Random r) {
    List<float[]> x = new ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      y[i] = i % 3;
      x.add(new float[] {(float) (100 + 10 * (y[i] == 1 ? 1 : 0) + r.nextGaussian()),
          (float) (-5 + 0.1 * (y[i] == 2 ? 1 : 0) + 0.01 * r.nextGaussian()), (float) r.nextGaussian()});
    }
    return x;
  }

  @Test
  void theFoldedHeadReadsRawFeaturesAndSeparatesTheClasses() {
    int[] y = new int[300];
    List<float[]> x = clouds(y, new Random(1));
    EncoderWeights w = HeadFit.fit(x, y, 3, 0.1, null);
    int[] predicted = HeadFit.predict(new LinearHead(w), x);
    int right = 0;
    for (int i = 0; i < y.length; i++) {
      right += predicted[i] == y[i] ? 1 : 0;
    }
    assertThat(right).isGreaterThan(290);
    assertThat(w.tensor(LinearHead.WEIGHT).shape()).containsExactly(3, 3);
  }

  @Test
  void fittingIsDeterministic() {
    int[] y = new int[90];
    List<float[]> x = clouds(y, new Random(2));
    assertThat(HeadFit.fit(x, y, 3, 1, null).tensor(LinearHead.BIAS).values())
        .containsExactly(HeadFit.fit(x, y, 3, 1, null).tensor(LinearHead.BIAS).values());
  }

  @Test
  void classWeightsArePowersOfTheInverseFrequency() {
    int[] y = {0, 0, 0, 1, 2, 2};
    assertThat(HeadFit.classWeights(y, 3, 0)).containsExactly(1, 1, 1);
    double[] balanced = HeadFit.classWeights(y, 3, 1);
    assertThat(balanced[0]).isCloseTo(6.0 / 9, within(1e-12));
    assertThat(balanced[1]).isCloseTo(2.0, within(1e-12));
    assertThat(HeadFit.classWeights(y, 3, 0.5)[1]).isCloseTo(Math.sqrt(2), within(1e-12));
  }
}
