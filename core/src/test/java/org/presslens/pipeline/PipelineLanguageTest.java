package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.MentionListProvider;
import org.presslens.testing.ParagraphSpansProvider;
import org.presslens.testing.TestArticles;
import org.presslens.testing.TokenCountProvider;
import org.presslens.testing.TokenRatioProvider;

/** Language gating: analyzers run only on articles in a language they handle. */
class PipelineLanguageTest {

  private final FakeNlpEngine engine = new FakeNlpEngine();

  private Pipeline pipeline(AnalyzerProvider<?>... providers) {
    return Pipeline.builder().registry(AnalyzerRegistry.of(providers)).nlpEngine(engine).build();
  }

  @Test
  void anEnglishOnlyAnalyzerOnAGermanArticleIsAFailureNamingTheLanguage() {
    AnalysisReport report = pipeline(new TokenCountProvider(), new ParagraphSpansProvider())
        .analyze(TestArticles.german());
    assertThat(report.failures()).containsExactly(
        new Failure("token-count", "analyzer 'token-count' handles [en] only; the article's language is 'de'",
            Failure.Kind.LANGUAGE));
    assertThat(report.results()).containsOnlyKeys("paragraph-spans");
  }

  @Test
  void theEngineIsNotCalledWhenNoRunnableAnalyzerNeedsNlp() {
    AnalysisReport report = pipeline(new TokenCountProvider(), new MentionListProvider(), new ParagraphSpansProvider())
        .analyze(TestArticles.german());
    assertThat(engine.annotateCount()).isZero();
    assertThat(report.timingsMs()).doesNotContainKey("nlp");
    assertThat(report.results()).containsOnlyKeys("paragraph-spans");
  }

  @Test
  void theEngineIsNotCalledForAnAnalyzerBlockedByAGatedRequirement() {
    // 'uses-count' handles any language and needs NER, but requires token-count, which is English-only
    FakeAnalyzerProvider<Object> usesCount = FakeAnalyzerProvider.builder("uses-count").anyLanguage()
        .requires(NlpLayer.NER, TokenCountProvider.KEY).build();
    AnalysisReport report = pipeline(new TokenCountProvider(), usesCount, new ParagraphSpansProvider())
        .analyze(TestArticles.german());
    assertThat(engine.annotateCount()).isZero();
    assertThat(report.failures()).containsExactly(
        new Failure("token-count", "analyzer 'token-count' handles [en] only; the article's language is 'de'",
            Failure.Kind.LANGUAGE),
        new Failure("uses-count", "not run: the result of 'token-count' it requires is missing",
            Failure.Kind.MISSING_REQUIREMENT));
    assertThat(report.results()).containsOnlyKeys("paragraph-spans");
  }

  @Test
  void onlyTheLayersOfRunnableAnalyzersAreRequested() {
    FakeNlpEngine anyLanguage = engine.forLanguages();
    FakeAnalyzerProvider<Object> anyTokens = FakeAnalyzerProvider.builder("any-tokens").anyLanguage()
        .requires(NlpLayer.TOKENS).analyze(ctx -> ctx.nlp().sentences().size()).build();
    AnalysisReport report = Pipeline.builder().registry(AnalyzerRegistry.of(new MentionListProvider(), anyTokens))
        .nlpEngine(anyLanguage).build().analyze(TestArticles.german());
    assertThat(anyLanguage.requestedLayers()).containsExactly(Set.of(NlpLayer.TOKENS));
    assertThat(report.results()).containsOnlyKeys("any-tokens");
    assertThat(report.results().get("any-tokens")).isEqualTo(2);
    assertThat(report.failures()).extracting(Failure::analyzer).containsExactly("mentions");
  }

  @Test
  void aDependentOfAGatedAnalyzerIsSkipped() {
    AnalysisReport report = pipeline(new TokenCountProvider(), new TokenRatioProvider())
        .analyze(TestArticles.german());
    assertThat(report.failures()).containsExactly(
        new Failure("token-count", "analyzer 'token-count' handles [en] only; the article's language is 'de'",
            Failure.Kind.LANGUAGE),
        new Failure("token-ratio", "not run: the result of 'token-count' it requires is missing",
            Failure.Kind.MISSING_REQUIREMENT));
    assertThat(report.results()).isEmpty();
  }

  @Test
  void multilingualAnalyzersRunOnEachOfTheirLanguages() {
    FakeAnalyzerProvider<Object> enDe = FakeAnalyzerProvider.builder("en-de").languages("en", "de", "fr").build();
    Pipeline p = pipeline(enDe);
    assertThat(p.analyze(TestArticles.german()).results()).containsOnlyKeys("en-de");
    assertThat(p.analyze(TestArticles.english()).results()).containsOnlyKeys("en-de");
    Article spanish = TestArticles.german().toBuilder().language("es").build();
    assertThat(p.analyze(spanish).failures()).singleElement()
        .satisfies(f -> assertThat(f.error()).isEqualTo(
            "analyzer 'en-de' handles [de, en, fr] only; the article's language is 'es'"));
  }

  @Test
  void undeterminedOrMissingLanguageRunsEveryAnalyzer() {
    Pipeline p = pipeline(new TokenCountProvider(), new ParagraphSpansProvider());
    Article und = TestArticles.german().toBuilder().language("und").build();
    assertThat(p.analyze(und).results()).containsOnlyKeys("token-count", "paragraph-spans");
    Article none = new Article("x", null, null, null, null, null, null, null, "Plain text.", null, null, null);
    assertThat(p.analyze(none).failures()).isEmpty();
    assertThat(engine.annotateCount()).isEqualTo(2);
  }

  @Test
  void anEngineIsNotRunOnALanguageItsModelsAreNotFor() {
    FakeAnalyzerProvider<Object> anyTokens = FakeAnalyzerProvider.builder("any-tokens").anyLanguage()
        .requires(NlpLayer.TOKENS).analyze(ctx -> ctx.nlp().sentences().size()).build();
    Pipeline p = pipeline(anyTokens, new ParagraphSpansProvider());

    AnalysisReport german = p.analyze(TestArticles.german());
    assertThat(engine.annotateCount()).isZero();
    assertThat(german.failures()).containsExactly(new Failure("any-tokens", "not run: the NLP engine 'fake' it needs"
        + " handles [en] only; the article's language is 'de'", Failure.Kind.LANGUAGE));
    assertThat(german.results()).containsOnlyKeys("paragraph-spans");

    Article unknown = TestArticles.german().toBuilder().language("und").build();
    assertThat(p.analyze(unknown).results()).containsOnlyKeys("any-tokens", "paragraph-spans");
    assertThat(engine.annotateCount()).isEqualTo(1);
  }
}
