package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.AnalyzerInfo;
import org.presslens.report.Failure;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ResultKey;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;

/**
 * What a plugin author relies on: typed results through keys (also after a JSON round trip), required analyzers added
 * by themselves, failures with a kind, the report's description of its analyzers, loud failure for a result that
 * cannot be written, option errors that name the full key.
 */
class PluginContractTest {

  /** A result type of a fake analyzer. */
  record Count(String what, int n) {
  }

  /** A result Jackson cannot see into: no record, no getter, no public field. */
  static final class Opaque {
    @SuppressWarnings("unused")
    private final int hidden = 1;
  }

  static final ResultKey<Count> BASE = ResultKey.of("base", Count.class);
  static final ConfigOption<Integer> TOP = ConfigOption.integer("top", 5, 1, 50, "how many");

  private static final Article ARTICLE = Article.builder().source("a.txt").language("en")
      .paragraph("One sentence here.").build();

  private static FakeAnalyzerProvider<Count> base() {
    return FakeAnalyzerProvider.builder("base", Count.class).version("2.1").options(TOP).anyLanguage()
        .analyze((config, ctx) -> new Count("words", config.get(TOP))).build();
  }

  private static FakeAnalyzerProvider<Count> reader() {
    return FakeAnalyzerProvider.builder("reader", Count.class).requires(BASE).anyLanguage()
        .analyze(ctx -> new Count("twice", ctx.result(BASE).n() * 2)).build();
  }

  private static Pipeline.Builder builder(FakeAnalyzerProvider<?>... providers) {
    return Pipeline.builder().registry(AnalyzerRegistry.of(providers)).nlpEngine(new FakeNlpEngine());
  }

  @Test
  void selectingAnAnalyzerAddsTheOnesItRequiresAndTheReportSaysSo() {
    Pipeline pipeline = builder(base(), reader()).analyzers("reader").option("base.top", "7").build();
    assertThat(pipeline.analyzerNames()).containsExactly("base", "reader");
    AnalysisReport report = pipeline.analyze(ARTICLE);
    assertThat(report.result(ResultKey.of("reader", Count.class))).contains(new Count("twice", 14));
    assertThat(report.analyzers()).containsOnlyKeys("base", "reader");
    assertThat(report.analyzers().get("base")).isEqualTo(new AnalyzerInfo("2.1", Map.of("top", 7), List.of("reader")));
    assertThat(report.analyzers().get("reader").requiredBy()).isEmpty();
    String json = PresslensJson.mapper().writeValueAsString(report);
    assertThat(json).contains("\"analyzers\":{\"base\":{\"version\":\"2.1\",\"options\":{\"top\":7},"
        + "\"requiredBy\":[\"reader\"]},\"reader\":{\"version\":\"1.0\"}}");
    assertThat(report.schemaVersion()).isEqualTo("1.1");
  }

  @Test
  void aRequirementNoAnalyzerProvidesNamesTheMissingOne() {
    assertThatThrownBy(() -> builder(reader()).analyzers("reader").build())
        .hasMessage("analyzer 'reader' requires result:base, which no analyzer on the class path produces; put the"
            + " jar that provides 'base' on the class path");
  }

  @Test
  void optionErrorsNameTheFullKey() {
    assertThatThrownBy(() -> builder(base()).option("base.top", "0").build())
        .hasMessage("'base.top' must be in 1..50, got 0");
  }

  @Test
  void failuresHaveAKind() {
    FakeAnalyzerProvider<Count> german = FakeAnalyzerProvider.builder("german", Count.class).languages("de")
        .analyze(ctx -> new Count("x", 1)).build();
    FakeAnalyzerProvider<Count> throwing = FakeAnalyzerProvider.builder("base", Count.class).anyLanguage()
        .failing(new IllegalStateException("boom")).build();
    AnalysisReport report = builder(german, throwing, reader()).build().analyze(ARTICLE);
    assertThat(report.failures()).extracting(Failure::analyzer, Failure::kind).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("german", Failure.Kind.LANGUAGE),
        org.assertj.core.groups.Tuple.tuple("base", Failure.Kind.THREW),
        org.assertj.core.groups.Tuple.tuple("reader", Failure.Kind.MISSING_REQUIREMENT));

    FakeAnalyzerProvider<Count> needsTokens = FakeAnalyzerProvider.builder("tok", Count.class)
        .requires(NlpLayer.TOKENS).anyLanguage().analyze(ctx -> new Count("t", 1)).build();
    AnalysisReport nlpFailed = Pipeline.builder().registry(AnalyzerRegistry.of(needsTokens))
        .nlpEngine(FakeNlpEngine.failingWith(new IllegalStateException("no models"))).build().analyze(ARTICLE);
    assertThat(nlpFailed.failures()).extracting(Failure::analyzer, Failure::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("nlp", Failure.Kind.NLP_FAILURE),
        org.assertj.core.groups.Tuple.tuple("tok", Failure.Kind.NLP_FAILURE));
  }

  @Test
  void aResultWithoutVisiblePropertiesFailsLoudlyNamingTheAnalyzer() {
    FakeAnalyzerProvider<Opaque> opaque = FakeAnalyzerProvider.builder("opaque", Opaque.class).anyLanguage()
        .analyze(ctx -> new Opaque()).build();
    AnalysisReport report = builder(opaque).build().analyze(ARTICLE);
    assertThat(report.results()).doesNotContainKey("opaque");
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.analyzer()).isEqualTo("opaque");
      assertThat(f.kind()).isEqualTo(Failure.Kind.THREW);
      assertThat(f.error()).contains("analyzer 'opaque' returned a " + Opaque.class.getName()
          + " that cannot be written as JSON");
    });
    assertThat(PresslensJson.mapper().writeValueAsString(report)).contains("\"results\":{}");
  }

  @Test
  void aReportReadsBackWithTypedResults() {
    Pipeline pipeline = builder(base(), reader()).analyzers("reader").build();
    AnalysisReport report = pipeline.analyze(ARTICLE).withoutTimings();
    String json = PresslensJson.mapper().writeValueAsString(report);

    AnalysisReport back = ReportReader.of(AnalyzerRegistry.of(base(), reader())).read(json);
    assertThat(back.results().get("base")).isEqualTo(new Count("words", 5));
    assertThat(back).isEqualTo(report);

    AnalysisReport untyped = ReportReader.of(AnalyzerRegistry.of()).read(json);
    assertThat(untyped.results().get("base")).isNotInstanceOf(Count.class);
    assertThat(untyped.result(BASE)).contains(new Count("words", 5));

    assertThatThrownBy(() -> ReportReader.of(AnalyzerRegistry.of()).read(
        "{\"schemaVersion\":\"1.1\",\"input\":\"x.txt\",\"error\":\"x.txt: empty input\"}"))
        .hasMessage("an error record, not a report: x.txt: x.txt: empty input");
    assertThatThrownBy(() -> ReportReader.of(AnalyzerRegistry.of()).read("{\"schemaVersion\":\"2.0\"}"))
        .hasMessageContaining("unsupported report schema version '2.0'");
    assertThatThrownBy(() -> ReportReader.of(AnalyzerRegistry.of(base())).read(
        json.replace("\"n\":5", "\"n\":\"five\"")))
        .hasMessageStartingWith("the result of 'base' does not read as " + Count.class.getName());
  }
}
