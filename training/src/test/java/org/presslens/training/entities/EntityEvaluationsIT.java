package org.presslens.training.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.pipeline.Pipeline;
import org.presslens.training.SharedEngine;
import org.presslens.training.ml.ClassificationMetrics;

/** The entities evaluations on the real NLP engine: CoNLL and NewsMTSC fixtures, and NewsMTSC dev_rw when present. */
class EntityEvaluationsIT {

  private static final Pipeline PIPELINE = SharedEngine.pipeline("entities", Map.of());

  @Test
  void conllEvaluationRunsOnTheFixture() {
    ConllEvaluation.Counts counts = ConllEvaluation.evaluate(
        ConllEvaluation.read(resource("conll-fixture.txt")), PIPELINE);
    Map<String, Object> summary = counts.summary();
    assertThat(summary.get("task")).isEqualTo("conll");
    assertThat(counts.f1()).isGreaterThan(0.6);
  }

  @Test
  void newsMtscEvaluationRunsOnTheFixtureAndOnDevRw() {
    TargetSentimentModel model = TargetSentimentModel.loadDefault();
    ClassificationMetrics fixture = NewsMtscEvaluation.run(resource("newsmtsc-fixture.jsonl"), model,
        SharedEngine.ENGINE, null, 2, s -> { });
    assertThat(fixture.n()).isEqualTo(5);
    assertThat(fixture.accuracy()).isGreaterThanOrEqualTo(0.6);
    Path devRw = SharedEngine.sharedData().resolve("newsmtsc/dev_rw.jsonl");
    assumeTrue(Files.exists(devRw), "the shared NewsMTSC dev split is not available");
    ClassificationMetrics dev = NewsMtscEvaluation.run(devRw, model, SharedEngine.ENGINE, null, 2, s -> { });
    assertThat(dev.n()).isEqualTo(343);
    assertThat(dev.f1Macro()).isGreaterThan(0.6); // sentence sentiment alone: ~0.45
  }

  private static Path resource(String name) {
    try {
      return Path.of(EntityEvaluationsIT.class.getResource("/org/presslens/training/entities/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
