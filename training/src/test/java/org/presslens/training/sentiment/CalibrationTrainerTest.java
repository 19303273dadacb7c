package org.presslens.training.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.sentiment.LogisticModel;
import org.presslens.analyzers.sentiment.SentenceScorer;

class CalibrationTrainerTest {

  @Test
  void fitsSeparableClasses() {
    Random random = new Random(7);
    int n = 600;
    double[][] x = new double[n][2];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 3;
      x[i][0] = (y[i] - 1) * 2 + random.nextGaussian() * 0.5; // the class
      x[i][1] = random.nextGaussian() * 10;                   // noise
    }
    List<String> names = List.of("signal", "noise");
    LogisticModel m = LogisticFit.fit(names, x, y, null, 1e-3);
    int correct = 0;
    for (int i = 0; i < n; i++) {
      if (SentenceScorer.argmax(m.probabilities(x[i])) == y[i]) {
        correct++;
      }
    }
    assertThat(correct).isGreaterThan((int) (0.95 * n));
    assertThat(Math.abs(m.weights()[2][0])).isGreaterThan(Math.abs(m.weights()[2][1]));

    double[] p = m.probabilities(new double[] {2, 0});
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-12));
    assertThat(SentenceScorer.argmax(p)).isEqualTo(2);
  }

  @Test
  void classBalancingGivesEachClassTheSameTotalWeight() {
    CalibrationTrainer.Samples s = new CalibrationTrainer.Samples();
    s.add(new double[] {0}, 0, 1, 0);
    s.add(new double[] {0}, 0, 1, 1);
    s.add(new double[] {0}, 0, 1, 2);
    s.add(new double[] {0}, 1, 0.5, 3);
    s.add(new double[] {0}, 2, 1, 4);
    double[] w = CalibrationTrainer.weights(s, List.of(0, 1, 2, 3, 4), true);
    assertThat(w[0] + w[1] + w[2]).isCloseTo(w[3], within(1e-12));
    assertThat(w[3]).isCloseTo(w[4], within(1e-12));
  }
}
