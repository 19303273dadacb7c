package org.presslens.training.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.FakeNlpEngine;

class BatchAnnotationTest {

  private static final Set<NlpLayer<?>> TOKENS = Set.of(NlpLayer.TOKENS);

  private static Article article(String text) {
    return Article.builder().id("a").language("en").paragraph(text).build();
  }

  private static List<Article> articles(String... texts) {
    return List.of(texts).stream().map(BatchAnnotationTest::article).toList();
  }

  @Test
  void annotatesEachDistinctTextOnceAndAnswersInInputOrder() {
    FakeNlpEngine engine = new FakeNlpEngine();
    List<NlpDocument> docs = BatchAnnotation.annotate(engine, articles("Ada won.", "Bo lost today.", "Ada won."),
        TOKENS, null, 2, "texts", s -> { });
    assertThat(engine.annotateCount()).isEqualTo(2);
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0)).isEqualTo(docs.get(2));
    assertThat(docs.get(0).sentences().get(0).tokens()).hasSize(3);
    assertThat(docs.get(1).sentences().get(0).tokens()).hasSize(4);
  }

  @Test
  void aCacheFileAnswersReruns(@TempDir Path dir) {
    Path cache = dir.resolve("annotations.jsonl.gz");
    FakeNlpEngine engine = new FakeNlpEngine();
    List<NlpDocument> first = BatchAnnotation.annotate(engine, articles("Ada won.", "Bo lost."), TOKENS, cache, 2,
        "texts", s -> { });
    List<String> progress = new ArrayList<>();
    List<NlpDocument> second = BatchAnnotation.annotate(engine, articles("Bo lost.", "Cy drew.", "Ada won."), TOKENS,
        cache, 1, "texts", progress::add);
    assertThat(engine.annotateCount()).isEqualTo(3); // only "Cy drew." reached the engine again
    assertThat(second.get(0)).isEqualTo(first.get(1));
    assertThat(second.get(2)).isEqualTo(first.get(0));
    assertThat(progress).contains("annotating 1 texts (2 cached)");

    BatchAnnotation.annotate(engine, articles("Cy drew."), TOKENS, cache, 1, "texts", progress::add);
    assertThat(engine.annotateCount()).isEqualTo(3);
    assertThat(progress).last().isEqualTo("read 1 annotated texts from " + cache);
  }

  @Test
  void aCachedDocumentWithoutAnAskedLayerIsAnnotatedAgain(@TempDir Path dir) {
    Path cache = dir.resolve("annotations.jsonl.gz");
    FakeNlpEngine engine = new FakeNlpEngine();
    BatchAnnotation.annotate(engine, articles("Ada won."), TOKENS, cache, 1, "texts", s -> { });
    List<NlpDocument> docs = BatchAnnotation.annotate(engine, articles("Ada won."), Set.of(NlpLayer.NER), cache, 1,
        "texts", s -> { });
    assertThat(engine.annotateCount()).isEqualTo(2);
    assertThat(docs.get(0).has(NlpLayer.NER)).isTrue();
  }

  @Test
  void anEngineFailureKeepsItsCause() {
    IllegalArgumentException cause = new IllegalArgumentException("bad text");
    assertThatThrownBy(() -> BatchAnnotation.annotate(FakeNlpEngine.failingWith(cause), articles("Ada won."), TOKENS,
        null, 1, "tweets", s -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("annotating tweets failed").hasCause(cause);
  }
}
