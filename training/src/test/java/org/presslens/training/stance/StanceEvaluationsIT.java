package org.presslens.training.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.presslens.analyzers.stance.claim.ClaimModel;
import org.presslens.analyzers.stance.topic.TopicModels;
import org.presslens.training.SharedEngine;

/** The stance evaluations on the real NLP engine, on small subsets of the shared SemEval and FNC-1 data. */
class StanceEvaluationsIT {

  @Test
  void semevalEvaluationRunsOnASubset() {
    SemevalEvaluation.Result r = SemevalEvaluation.evaluate(SharedEngine.ENGINE,
        SharedEngine.sharedData().resolve("semeval2016-stance"), "val", TopicModels.bundled(), null, 8, 2,
        s -> { });
    assertThat(r.perTarget()).containsKeys("abortion", "atheism", "climate", "feminist", "hillary");
    assertThat(r.all().n()).isEqualTo(40);
    assertThat(r.all().fAvg()).isBetween(0.0, 1.0);
  }

  @Test
  void fncEvaluationRunsOnAFewDevBodies() {
    var fnc = SharedEngine.sharedData().resolve("fnc-1");
    FncScore s = FncEvaluation.evaluate(SharedEngine.ENGINE, fnc.resolve("train_bodies.csv"),
        fnc.resolve("train_stances.csv"), ClaimModel.shipped(), true, null, 3, 2, m -> { });
    assertThat(s.count()).isPositive();
    assertThat(s.relativeScore()).isBetween(0.0, 1.0);
    assertThat(s.f1Macro()).isBetween(0.0, 1.0);
  }
}
