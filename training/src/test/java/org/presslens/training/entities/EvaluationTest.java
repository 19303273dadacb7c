package org.presslens.training.entities;

import org.presslens.training.ml.ClassificationMetrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.Polarity;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.testing.FakeNlpEngine;

class EvaluationTest {

  static Path resource(String name) {
    try {
      return Path.of(EvaluationTest.class.getResource("/org/presslens/training/entities/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void iob1AndIob2ChunksAgree() {
    List<String> iob1 = List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG");
    List<String> iob2 = List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG");
    List<ConllEvaluation.Chunk> expected = List.of(new ConllEvaluation.Chunk(0, 0, 2, "PER"),
        new ConllEvaluation.Chunk(0, 2, 3, "PER"), new ConllEvaluation.Chunk(0, 4, 5, "LOC"),
        new ConllEvaluation.Chunk(0, 5, 6, "ORG"));
    assertThat(ConllEvaluation.chunks(0, iob1)).isEqualTo(expected);
    assertThat(ConllEvaluation.chunks(0, iob2)).isEqualTo(expected);
  }

  @Test
  void theFixtureParsesIntoDocumentsSentencesAndChunks() {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(resource("conll-fixture.txt"));
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).sentences()).hasSize(3);
    assertThat(docs.stream().mapToInt(d -> d.gold().size()).sum()).isEqualTo(21);
    Article a = ConllEvaluation.article(docs.get(0));
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).startsWith("Mayor Ada Brandt opened");
    assertThatThrownBy(() -> ConllEvaluation.parse(List.of("word NN X-PER")))
        .hasMessageContaining("not an IOB tag");
  }

  @Test
  void conllEvaluationRunsOnTheFakeEngine() {
    Pipeline pipeline = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities")
        .option("entities.sentiment", "false").build();
    ConllEvaluation.Counts counts = ConllEvaluation.evaluate(ConllEvaluation.read(resource("conll-fixture.txt")),
        pipeline);
    Map<String, Object> summary = counts.summary();
    assertThat(summary).containsKeys("task", "precision", "recall", "f1", "per_type");
    assertThat(summary.get("task")).isEqualTo("conll");
    assertThat(counts.documents()).isEqualTo(3);
    // the fake NER tags capitalised words as PERSON: some persons match exactly
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> perType = (Map<String, Map<String, Object>>) summary.get("per_type");
    assertThat(perType).containsOnlyKeys("PER", "ORG", "LOC", "MISC");
    assertThat((double) perType.get("PER").get("recall")).isPositive();
    assertThat(counts.f1()).isBetween(0.0, 1.0);
  }

  @Test
  void classificationMetricsComputeMacroF1() {
    ClassificationMetrics m = new ClassificationMetrics();
    m.add(Polarity.POSITIVE, Polarity.POSITIVE);
    m.add(Polarity.NEGATIVE, Polarity.NEGATIVE);
    m.add(Polarity.NEUTRAL, Polarity.NEGATIVE);
    m.add(Polarity.NEUTRAL, Polarity.NEUTRAL);
    assertThat(m.n()).isEqualTo(4);
    assertThat(m.accuracy()).isEqualTo(0.75);
    // F1: positive 1, negative 2/3, neutral 2/3
    assertThat(m.f1Macro()).isCloseTo(7.0 / 9, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(NewsMtscEvaluation.summary(m)).containsEntry("task", "newsmtsc").containsEntry("n", 4);
  }

  @Test
  void newsMtscEvaluationRunsOnTheFakeEngine() {
    ClassificationMetrics m = NewsMtscEvaluation.run(resource("newsmtsc-fixture.jsonl"),
        TargetSentimentModel.loadDefault(), new FakeNlpEngine(), null, 1, s -> { });
    assertThat(m.n()).isEqualTo(5);
    assertThat(m.accuracy()).isBetween(0.0, 1.0);
  }
}
