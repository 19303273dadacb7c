package org.presslens.training.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.Pipeline;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TestArticles;
import tools.jackson.databind.JsonNode;

/** The benchmark's bookkeeping on a fake engine; no timing is asserted. */
class SentimentBenchmarkTest {

  @Test
  void measuresBothModelsPerArticleAndPrintsOneJsonLine() {
    FakeNlpEngine engine = new FakeNlpEngine();
    SentimentBenchmark.Report report = SentimentBenchmark.run(List.of(TestArticles.english(), TestArticles.minimal()),
        1, 3, model -> Pipeline.builder().nlpEngine(engine).analyzers("sentiment").option("sentiment.model", model)
            .build());
    // 1 load call per model; per article: 1 corenlp warm-up, 1 x 20 lexicon warm-ups, 3 rounds of each model,
    // and 1 lexicon call for the row's sentence count
    int articles = 2;
    assertThat(engine.annotateCount())
        .isEqualTo(2 + articles * (1 + SentimentBenchmark.LEXICON_WARMUP_FACTOR + 2 * 3 + 1));
    assertThat(report.rows()).hasSize(2);
    assertThat(report.rows().get(0).sentences()).isPositive();
    assertThat(report.table()).hasSize(4);
    JsonNode json = PresslensJson.mapper().readTree(report.toJsonLine());
    assertThat(json.path("bench").asString()).isEqualTo("sentiment");
    assertThat(json.path("per_article")).hasSize(2);
    assertThat(json.has("ratio")).isTrue();
    assertThat(json.path("rounds").asInt()).isEqualTo(3);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(SentimentBenchmark.median(new double[] {5, 1, 3})).isEqualTo(3);
    assertThat(SentimentBenchmark.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void rejectsNoArticles() {
    assertThatThrownBy(() -> SentimentBenchmark.run(List.of(), 1, 1, java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
