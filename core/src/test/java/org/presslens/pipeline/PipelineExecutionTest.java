package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Token;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.ResultKey;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.MentionListProvider;
import org.presslens.testing.ParagraphSpansProvider;
import org.presslens.testing.SpanAssertions;
import org.presslens.testing.TestArticles;
import org.presslens.testing.ThrowingProvider;
import org.presslens.testing.TokenCountProvider;
import org.presslens.testing.TokenCountProvider.TokenCount;
import org.presslens.testing.TokenRatioProvider;
import org.presslens.testing.TokenRatioProvider.TokenRatio;

/** {@link Pipeline#analyze}: one NLP call, results, failures and their consequences. */
class PipelineExecutionTest {

  private final FakeNlpEngine engine = new FakeNlpEngine();

  private Pipeline pipeline(AnalyzerProvider<?>... providers) {
    return Pipeline.builder().registry(AnalyzerRegistry.of(providers)).nlpEngine(engine).build();
  }

  @Test
  void annotatesOncePerArticleWithTheUnionOfLayers() {
    Pipeline p = pipeline(new TokenCountProvider(), new MentionListProvider(), new ParagraphSpansProvider(),
        new TokenRatioProvider());
    p.analyze(TestArticles.english());
    assertThat(engine.annotateCount()).isEqualTo(1);
    assertThat(engine.requestedLayers())
        .containsExactly(Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA, NlpLayer.NER));

    p.analyze(TestArticles.minimal());
    p.analyze(TestArticles.withRepair());
    assertThat(engine.annotateCount()).isEqualTo(3);
    assertThat(engine.annotatedArticleIds()).containsExactly(TestArticles.english().id(),
        TestArticles.minimal().id(), TestArticles.withRepair().id());
  }

  @Test
  void resultsAreKeyedByNameInExecutionOrder() {
    Article article = TestArticles.english();
    AnalysisReport report = pipeline(new TokenRatioProvider(), new TokenCountProvider(), new ParagraphSpansProvider())
        .analyze(article);
    assertThat(report.schemaVersion()).isEqualTo(AnalysisReport.SCHEMA_VERSION);
    assertThat(report.article()).isSameAs(article);
    assertThat(report.failures()).isEmpty();
    assertThat(report.results().keySet()).containsExactly("paragraph-spans", "token-count", "token-ratio");
    assertThat(report.timingsMs().keySet()).containsExactly("nlp", "paragraph-spans", "token-count", "token-ratio");
    assertThat(report.timingsMs().values()).allSatisfy(ms -> assertThat(ms).isNotNegative());

    List<Token> tokens = new FakeNlpEngine().annotate(article, Set.of(NlpLayer.TOKENS)).sentences().stream()
        .flatMap(s -> s.tokens().stream()).toList();
    TokenCount count = (TokenCount) report.results().get("token-count");
    assertThat(count.tokens()).isEqualTo(tokens.size());
    assertThat(count.sentences()).isEqualTo(8);
    TokenRatio ratio = (TokenRatio) report.results().get("token-ratio");
    assertThat(ratio.tokensPerSentence()).isEqualTo(tokens.size() / 8.0);
  }

  @Test
  void optionsReachTheAnalyzer() {
    TokenCountProvider provider = new TokenCountProvider();
    Pipeline p = Pipeline.builder().registry(AnalyzerRegistry.of(provider)).nlpEngine(engine)
        .option("token-count.minLength", 100).build();
    TokenCount count = (TokenCount) p.analyze(TestArticles.english()).results().get("token-count");
    assertThat(count.tokens()).isZero();
    assertThat(provider.createdWith()).singleElement()
        .satisfies(c -> assertThat(c.get(TokenCountProvider.MIN_LENGTH)).isEqualTo(100));
  }

  @Test
  void aThrowingAnalyzerBecomesAFailureWhileTheOthersRun() {
    AnalysisReport report = pipeline(new TokenCountProvider(), new ThrowingProvider(), new ParagraphSpansProvider())
        .analyze(TestArticles.english());
    assertThat(report.results()).containsOnlyKeys("token-count", "paragraph-spans");
    assertThat(report.failures()).containsExactly(
        new Failure("throwing", "IllegalStateException: " + ThrowingProvider.MESSAGE, Failure.Kind.THREW));
  }

  @Test
  void aDependentAnalyzerIsSkippedWhenItsRequirementFailed() {
    FakeAnalyzerProvider<TokenCount> failingCount = FakeAnalyzerProvider.builder("token-count", TokenCount.class)
        .requires(NlpLayer.TOKENS).failing(new IllegalArgumentException("bad tokens")).build();
    TokenRatioProvider ratio = new TokenRatioProvider();
    AnalysisReport report = pipeline(failingCount, ratio, new ParagraphSpansProvider())
        .analyze(TestArticles.english());
    assertThat(report.failures()).containsExactly(
        new Failure("token-count", "IllegalArgumentException: bad tokens", Failure.Kind.THREW),
        new Failure("token-ratio", "not run: the result of 'token-count' it requires is missing",
            Failure.Kind.MISSING_REQUIREMENT));
    assertThat(report.results()).containsOnlyKeys("paragraph-spans");
    assertThat(ratio.analyzeCount()).isZero();
  }

  @Test
  void aFailingNlpLayerSkipsOnlyTheAnalyzersThatNeedIt() {
    FakeNlpEngine failing = FakeNlpEngine.failingWith(new IllegalStateException("models missing"));
    AnalysisReport report = Pipeline.builder()
        .registry(AnalyzerRegistry.of(new TokenCountProvider(), new TokenRatioProvider(), new ParagraphSpansProvider()))
        .nlpEngine(failing).build().analyze(TestArticles.english());
    assertThat(report.failures()).containsExactly(
        new Failure("nlp", "engine 'fake': IllegalStateException: models missing", Failure.Kind.NLP_FAILURE),
        new Failure("token-count", "not run: the NLP engine 'fake' failed", Failure.Kind.NLP_FAILURE),
        new Failure("token-ratio", "not run: the result of 'token-count' it requires is missing",
            Failure.Kind.MISSING_REQUIREMENT));
    assertThat(report.results()).containsOnlyKeys("paragraph-spans");
    assertThat(report.timingsMs()).containsKey("nlp");
  }

  @Test
  void aNullResultIsAFailure() {
    FakeAnalyzerProvider<Object> nothing = FakeAnalyzerProvider.builder("nothing").anyLanguage()
        .analyze(ctx -> null).build();
    AnalysisReport report = pipeline(nothing).analyze(TestArticles.english());
    assertThat(report.failures()).containsExactly(
        new Failure("nothing", "IllegalStateException: analyzer returned no result", Failure.Kind.THREW));
  }

  @Test
  void aFailingCreateIsAFailureOfThatAnalyzerOnly() {
    FakeAnalyzerProvider<Object> broken = FakeAnalyzerProvider.builder("broken").anyLanguage()
        .failingCreate(new IllegalStateException("model file not found")).build();
    AnalysisReport report = pipeline(broken, new ParagraphSpansProvider()).analyze(TestArticles.english());
    assertThat(report.failures()).containsExactly(
        new Failure("broken", "IllegalStateException: model file not found", Failure.Kind.THREW));
    assertThat(report.results()).containsOnlyKeys("paragraph-spans");
  }

  @Test
  void readingAnUndeclaredResultFails() {
    FakeAnalyzerProvider<Object> sneaky = FakeAnalyzerProvider.builder("sneaky").anyLanguage()
        .analyze(ctx -> ctx.result(TokenCountProvider.KEY)).build();
    AnalysisReport report = pipeline(new TokenCountProvider(), sneaky).analyze(TestArticles.english());
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.analyzer()).isEqualTo("sneaky");
      assertThat(f.error()).isEqualTo(
          "IllegalStateException: analyzer 'sneaky' did not declare result:token-count among its requirements");
    });
  }

  @Test
  void analyzersSeeTheArticleTheNlpDocumentAndTheirRequirements() {
    FakeAnalyzerProvider<String> probe = FakeAnalyzerProvider.builder("probe", String.class)
        .requires(NlpLayer.POS, TokenCountProvider.KEY)
        .analyze(ctx -> ctx.article().id() + " " + ctx.nlp().layers().contains(NlpLayer.POS) + " "
            + ctx.result(ResultKey.of("token-count", TokenCount.class)).sentences())
        .build();
    Article a = TestArticles.english();
    AnalysisReport report = pipeline(probe, new TokenCountProvider()).analyze(a);
    assertThat(report.results().get("probe")).isEqualTo(a.id() + " true 8");
  }

  @Test
  void everySpanOfEveryReportLiesWithinItsArticle() {
    Pipeline p = pipeline(new TokenCountProvider(), new MentionListProvider(), new ParagraphSpansProvider(),
        new TokenRatioProvider(), new ThrowingProvider());
    for (Article a : TestArticles.all()) {
      AnalysisReport report = p.analyze(a);
      int spans = SpanAssertions.assertAllSpansWithin(a, report);
      SpanAssertions.assertSpanTextsMatch(a, report.results());
      if (!a.text().isEmpty() && "en".equals(a.language())) {
        assertThat(spans).as(a.title()).isGreaterThan(a.paragraphs().size() * 2);
      }
    }
  }

  @Test
  void reportsSerialiseWithTheArticleIntact() {
    AnalysisReport report = pipeline(new TokenCountProvider(), new MentionListProvider(), new ThrowingProvider())
        .analyze(TestArticles.english());
    String json = PresslensJson.mapper().writeValueAsString(report);
    AnalysisReport back = PresslensJson.mapper().readValue(json, AnalysisReport.class);
    assertThat(back.article()).isEqualTo(report.article());
    assertThat(back.failures()).isEqualTo(report.failures());
    assertThat(back.results()).containsOnlyKeys("token-count", "mentions");
  }

  @Test
  void anEmptyArticleIsAnalyzed() {
    AnalysisReport report = pipeline(new TokenCountProvider(), new TokenRatioProvider())
        .analyze(TestArticles.empty());
    assertThat(report.failures()).isEmpty();
    assertThat(report.results().get("token-count")).isEqualTo(new TokenCount(0, 0, List.of()));
    assertThat(report.results().get("token-ratio")).isEqualTo(new TokenRatio(0));
  }
}
