package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.ParagraphSpansProvider;
import org.presslens.testing.TestArticles;

/**
 * The SPI's promise that {@code create} is called at most once per pipeline holds when it fails: the failure is
 * reported on every article, and the provider is not asked again.
 */
class AnalyzerCreationTest {

  private static final String MESSAGE = "cannot load the model";

  private static FakeAnalyzerProvider<Object> broken() {
    return FakeAnalyzerProvider.builder("broken").anyLanguage()
        .failingCreate(new UncheckedIOException(MESSAGE, new IOException("broken.ser.gz not found"))).build();
  }

  @Test
  void aFailedCreateIsNotRetriedAndIsReportedOnEveryArticle() {
    FakeAnalyzerProvider<Object> broken = broken();
    ParagraphSpansProvider spans = new ParagraphSpansProvider();
    Pipeline pipeline = Pipeline.builder().registry(AnalyzerRegistry.of(broken, spans))
        .nlpEngine(new FakeNlpEngine()).build();

    List<AnalysisReport> reports = TestArticles.all().stream()
        .filter(a -> "en".equals(a.language()) && !a.text().isEmpty()).map(pipeline::analyze).toList();

    assertThat(reports).hasSizeGreaterThanOrEqualTo(4);
    assertThat(reports).allSatisfy(r -> {
      assertThat(r.failures()).extracting(Failure::analyzer, Failure::error)
          .containsExactly(tuple("broken", "UncheckedIOException: " + MESSAGE));
      assertThat(r.results()).containsOnlyKeys("paragraph-spans");
    });
    assertThat(broken.createCount()).isEqualTo(1);
    assertThat(spans.createCount()).isEqualTo(1);
  }

  @Test
  void withATimeLimitTheLoadingPassCountsAsTheOneCall() {
    FakeAnalyzerProvider<Object> broken = broken();
    Pipeline pipeline = Pipeline.builder().registry(AnalyzerRegistry.of(broken, new ParagraphSpansProvider()))
        .nlpEngine(new FakeNlpEngine()).timeLimit(Duration.ofSeconds(30)).build();

    for (int i = 0; i < 3; i++) {
      assertThat(pipeline.analyze(TestArticles.english()).failures()).extracting(Failure::analyzer, Failure::error)
          .containsExactly(tuple("broken", "UncheckedIOException: " + MESSAGE));
    }
    assertThat(broken.createCount()).isEqualTo(1);
  }
}
