package org.presslens.training.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.training.entities.ConllEvaluation.Chunk;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.ForwardingNlpEngine;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.pipeline.Pipeline;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.training.nlp.CachingEngine;

class ConllComparisonTest {

  private static String text(Chunk c) {
    return "w" + c.first();
  }

  @Test
  void countsBothSystemsAndListsConfusionsLossesAndWins() {
    Set<Chunk> gold = Set.of(new Chunk(0, 0, 1, "ORG"), new Chunk(0, 2, 4, "MISC"), new Chunk(0, 5, 6, "PER"));
    Set<Chunk> presslens = Set.of(new Chunk(0, 0, 1, "LOC"), new Chunk(0, 2, 3, "MISC"), new Chunk(0, 5, 6, "PER"));
    Set<Chunk> floor = Set.of(new Chunk(0, 0, 1, "ORG"), new Chunk(0, 2, 4, "MISC"));
    ConllComparison c = new ConllComparison();
    c.add(gold, presslens, floor, ConllComparisonTest::text);
    assertThat(c.presslens().f1()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.floor().precision()).isEqualTo(1.0);
    Map<String, Object> summary = c.summary();
    assertThat(summary).containsKeys("task", "precision", "recall", "f1", "per_type", "floor", "confusion",
        "disagreements");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Map<String, Integer>>> confusion =
        (Map<String, Map<String, Map<String, Integer>>>) summary.get("confusion");
    assertThat(confusion.get("presslens").get("ORG").get("LOC")).isEqualTo(1);
    assertThat(confusion.get("presslens").get("MISC").get("O")).isEqualTo(1);
    assertThat(confusion.get("presslens").get("O").get("MISC")).isEqualTo(1);
    assertThat(confusion.get("floor").get("PER").get("O")).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) summary.get("disagreements");
    assertThat(d.get("vs_gold")).isEqualTo(List.of("1x span: gold MISC 'w2' -> MISC 'w2'",
        "1x type: gold ORG 'w0' -> LOC"));
    assertThat(d.get("losses_vs_floor")).isEqualTo(List.of("1x MISC 'w2' -> presslens MISC 'w2'",
        "1x ORG 'w0' -> presslens LOC 'w0'"));
    assertThat(d.get("wins_vs_floor")).isEqualTo(List.of("1x PER 'w5' <- floor none"));
    assertThat(d.get("losses_vs_floor_total")).isEqualTo(2);
  }

  @Test
  void theComparisonRunsOnTheFakeEngineAndTheCacheAnswersReruns(@TempDir Path dir) {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(EvaluationTest.resource("conll-fixture.txt"));
    Path cache = dir.resolve("cache.jsonl.gz");
    CountingEngine counting = new CountingEngine();
    for (int run = 0; run < 2; run++) {
      try (CachingEngine cached = new CachingEngine(counting, cache)) {
        RecordingEngine recording = new RecordingEngine(cached);
        Pipeline pipeline = Pipeline.builder().nlpEngine(recording).analyzers("entities")
            .option("entities.sentiment", "false").build();
        ConllComparison c = ConllEvaluation.compare(docs, pipeline, recording, new ConllComparison(5));
        assertThat(c.presslens().documents()).isEqualTo(3);
        assertThat(c.floor().documents()).isEqualTo(3);
        // the fake NER tags capitalised words PERSON: the floor finds some persons
        assertThat(c.floor().recall()).isPositive();
      }
    }
    assertThat(Files.exists(cache)).isTrue();
    assertThat(counting.calls).isEqualTo(3); // the second run came from the cache
  }

  /** The fake engine, counting articles annotated (the pipeline's warm-up is not one: no time limit). */
  private static final class CountingEngine extends ForwardingNlpEngine {
    int calls;

    CountingEngine() {
      super(new FakeNlpEngine());
    }

    @Override
    public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
      calls++;
      return super.annotate(article, input, layers);
    }
  }
}
