package org.presslens.analyzers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.sentiment.api.SentimentResult;

/** The evaluation on the first NewsMTSC dev_rw sentences with the shared pipelines (a smoke test; no figures). */
class SentimentEvaluationIT {

  @Test
  void evaluatesDevSentencesWithBothModels() throws Exception {
    Path dev = SharedPipelines.sharedFile("newsmtsc/dev_rw.jsonl");
    Assumptions.assumeTrue(dev != null, "NewsMTSC dev_rw not present");
    List<NewsMtsc.Item> items = NewsMtsc.read(dev).items().subList(0, 30);
    for (var pipeline : List.of(SharedPipelines.CORENLP, SharedPipelines.LEXICON)) {
      SentimentEvaluation.Result r = SentimentEvaluation.evaluate(items,
          a -> (SentimentResult) pipeline.analyze(a).results().get("sentiment"), 2);
      assertThat(r.n()).isEqualTo(30);
      assertThat(r.failed()).isZero();
      assertThat(r.accuracy()).isBetween(0.0, 1.0);
    }
  }
}
