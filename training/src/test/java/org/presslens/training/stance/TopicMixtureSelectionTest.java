package org.presslens.training.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.training.stance.SemevalPluginEvaluation.Prediction;

class TopicMixtureSelectionTest {

  private static double[] sure(int c) {
    double[] p = {0.1, 0.1, 0.1};
    p[c] = 0.8;
    return p;
  }

  private static double[] unsure(int c) {
    double[] p = {0.3, 0.3, 0.3};
    p[c] = 0.4;
    return p;
  }

  /**
   * Model a says FAVOR with confidence for every tweet, half of which are NONE; model b is right everywhere but
   * unsure: a weight below 0.125 keeps b's answers (F_avg 0.5: F1 FAVOR 1, no AGAINST), above it a's win (0.33).
   */
  @Test
  void choosesTheBestWeightAndCrossValidatesTheChoiceOnHeldOutHalves() {
    List<Prediction> a = new ArrayList<>();
    List<Prediction> b = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int gold = i % 2 == 0 ? TopicModel.FAVOR : TopicModel.NONE;
      a.add(new Prediction(gold, sure(TopicModel.FAVOR)));
      b.add(new Prediction(gold, unsure(gold)));
    }
    TopicMixtureSelection s = new TopicMixtureSelection(Map.of("t", a), Map.of("t", b));
    assertThat(s.fAvg(0, i -> true)).isEqualTo(0.5);
    assertThat(s.fAvg(1, i -> true)).isLessThan(0.5);
    assertThat(s.grid()).hasSize(11);
    double w = s.select(i -> true);
    assertThat(s.fAvg(w, i -> true)).isEqualTo(0.5);
    assertThat(w).isEqualTo(0.1); // of the best (0 and 0.1), the one nearest 0.5
    TopicMixtureSelection.CrossValidation cv = s.crossValidate(5, 42);
    assertThat(cv.folds()).isEqualTo(10);
    assertThat(cv.mixture().mean()).isEqualTo(0.5);
    assertThat(cv.b().mean()).isEqualTo(0.5);
    assertThat(cv.a().mean()).isLessThan(0.5);
    assertThat(s.crossValidate(5, 42)).isEqualTo(cv);
  }
}
