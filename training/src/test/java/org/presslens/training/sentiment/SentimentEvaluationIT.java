package org.presslens.training.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.training.SharedEngine;
import org.presslens.training.newsmtsc.NewsMtsc;

/** The evaluation on the first NewsMTSC dev_rw sentences with the shared pipelines (a smoke test; no figures). */
class SentimentEvaluationIT {

  @Test
  void evaluatesDevSentencesWithBothModels() throws Exception {
    Path dev = SharedEngine.sharedData().resolve("newsmtsc/dev_rw.jsonl");
    Assumptions.assumeTrue(Files.exists(dev), "NewsMTSC dev_rw not present");
    List<NewsMtsc.Sentence> items = NewsMtsc.sentences(NewsMtsc.read(dev)).items().subList(0, 30);
    for (var pipeline : List.of(SharedEngine.pipeline("sentiment", Map.of()),
        SharedEngine.pipeline("sentiment", Map.of("sentiment.model", "lexicon")))) {
      SentimentEvaluation.Result r = SentimentEvaluation.evaluate(items,
          a -> (SentimentResult) pipeline.analyze(a).results().get("sentiment"), 2);
      assertThat(r.n()).isEqualTo(30);
      assertThat(r.failed()).isZero();
      assertThat(r.accuracy()).isBetween(0.0, 1.0);
    }
  }
}
