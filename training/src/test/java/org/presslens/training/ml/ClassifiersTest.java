package org.presslens.training.ml;

import org.presslens.ml.GradientBoosting;
import org.presslens.ml.SparseSoftmax;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassifiersTest {

  @Test
  void lbfgsFindsTheMinimumOfAQuadratic() {
    double[] x = {5, -3};
    double v = Lbfgs.minimize((w, g) -> {
      g[0] = 2 * (w[0] - 1);
      g[1] = 4 * (w[1] + 2);
      return (w[0] - 1) * (w[0] - 1) + 2 * (w[1] + 2) * (w[1] + 2);
    }, x, 100, 1e-12);
    assertThat(x[0]).isCloseTo(1, within(1e-4));
    assertThat(x[1]).isCloseTo(-2, within(1e-4));
    assertThat(v).isCloseTo(0, within(1e-6));
  }

  @Test
  void softmaxLearnsSeparableClassesFromSparseFeatures() {
    List<SparseSoftmax.Sample> samples = new ArrayList<>();
    int[] y = new int[90];
    for (int i = 0; i < 90; i++) {
      int c = i % 3;
      // feature c marks the class, feature 3 is noise shared by all
      samples.add(new SparseSoftmax.Sample(new int[] {c, 3}, new double[] {1, 1}));
      y[i] = c;
    }
    SparseSoftmax m = SoftmaxTraining.train(samples, y, 3, 4, 0.1, null, 200);
    for (int c = 0; c < 3; c++) {
      double[] p = m.probabilities(new SparseSoftmax.Sample(new int[] {c}, new double[] {1}));
      assertThat(p[c]).isGreaterThan(0.9);
    }
    // unknown feature indices are ignored
    assertThat(m.probabilities(new SparseSoftmax.Sample(new int[] {99}, new double[] {1}))).hasSize(3);
  }

  @Test
  void boostingLearnsXorAndSurvivesARoundTrip() throws Exception {
    Random r = new Random(1);
    int n = 400;
    double[][] x = new double[n][];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double a = r.nextDouble();
      double b = r.nextDouble();
      x[i] = new double[] {a, b, r.nextDouble()};
      y[i] = (a > 0.5) ^ (b > 0.5) ? 1 : 0;
    }
    GradientBoosting m = BoostingTrainer.train(x, y, 2, null,
        new BoostingTrainer.Params(60, 3, 0.3, 1.0, 1.0, 32, 1.0, 3));
    int right = 0;
    for (int i = 0; i < n; i++) {
      double[] p = m.probabilities(x[i]);
      right += (p[1] > 0.5 ? 1 : 0) == y[i] ? 1 : 0;
    }
    assertThat((double) right / n).isGreaterThan(0.95);
    StringWriter w = new StringWriter();
    m.write(new PrintWriter(w, true));
    GradientBoosting back = GradientBoosting.read(new BufferedReader(new StringReader(w.toString())));
    for (int i = 0; i < 20; i++) {
      assertThat(back.probabilities(x[i])[1]).isCloseTo(m.probabilities(x[i])[1], within(1e-9));
    }
  }

  @Test
  void cutPointsAndBins() {
    double[] cuts = BoostingTrainer.cutPoints(new double[] {1, 1, 2, 3}, 64);
    assertThat(cuts).containsExactly(1.5, 2.5);
    assertThat(BoostingTrainer.bin(cuts, 1)).isZero();
    assertThat(BoostingTrainer.bin(cuts, 2)).isEqualTo(1);
    assertThat(BoostingTrainer.bin(cuts, 9)).isEqualTo(2);
  }

  @Test
  void metricsComputeF1() {
    Metrics m = new Metrics(3);
    m.add(0, 0);
    m.add(1, 1);
    m.add(1, 2);
    m.add(2, 2);
    assertThat(m.precision(2)).isEqualTo(0.5);
    assertThat(m.recall(1)).isEqualTo(0.5);
    assertThat(m.f1(0)).isEqualTo(1.0);
    assertThat(m.accuracy()).isEqualTo(0.75);
  }
}
