package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.spi.ConfigOption;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TestArticles;

/** Per-article inputs: one frozen pipeline, each article with its own values of per-article options. */
class ArticleInputsTest {

  private static final ConfigOption<List<String>> CLAIMS = ConfigOption.stringList("claims", List.of(), "claims");
  private static final ConfigOption<Integer> LIMIT = ConfigOption.integer("limit", 3, 1, 10, "a per-article limit");
  private static final ConfigOption<Integer> FIXED = ConfigOption.integer("fixed", 1, 1, 10, "pipeline only");

  /** Echoes its claims and limit for the article. */
  private static final FakeAnalyzerProvider<String> ECHO = FakeAnalyzerProvider.builder("echo", String.class)
      .options(FIXED).articleOptions(CLAIMS, LIMIT).anyLanguage()
      .analyze(ctx -> ctx.option(CLAIMS) + " " + ctx.option(LIMIT) + " " + ctx.option(FIXED)).build();

  private final Pipeline pipeline = Pipeline.builder().registry(org.presslens.pipeline.AnalyzerRegistry.of(ECHO))
      .nlpEngine(new FakeNlpEngine()).option("echo.claims", List.of("default claim")).build();

  @Test
  void eachArticleOfOnePipelineGetsItsOwnClaims() {
    String first = (String) pipeline.analyze(TestArticles.english(),
        ArticleInputs.of(Map.of("echo.claims", List.of("Trams are good")))).results().get("echo");
    String second = (String) pipeline.analyze(TestArticles.minimal(),
        ArticleInputs.NONE.with("echo", CLAIMS, List.of("Trams are bad, and late")).with("echo", LIMIT, "7"))
        .results().get("echo");
    String none = (String) pipeline.analyze(TestArticles.english()).results().get("echo");

    assertThat(first).isEqualTo("[Trams are good] 3 1");
    assertThat(second).isEqualTo("[Trams are bad, and late] 7 1");
    assertThat(none).isEqualTo("[default claim] 3 1"); // the pipeline's configuration is the default
  }

  @Test
  void unknownOrBadInputsAreRejectedNamingTheKey() {
    assertThatThrownBy(() -> pipeline.analyze(TestArticles.english(), ArticleInputs.of(Map.of("echo.fixed", "2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analyzer 'echo' takes no per-article input 'fixed'; its per-article inputs: ['echo.claims',"
            + " 'echo.limit']");
    assertThatThrownBy(() -> pipeline.analyze(TestArticles.english(), ArticleInputs.of(Map.of("stance.claims", "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("per-article input 'stance.claims' names no analyzer of this pipeline; inputs are given as"
            + " <analyzer>.<key>, and the analyzers are [echo]");
    assertThatThrownBy(() -> pipeline.analyze(TestArticles.english(), ArticleInputs.of(Map.of("echo.limit", "99"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'echo.limit' must be in 1..10, got 99");
  }

  @Test
  void aPerArticleOptionMustBeOneOfTheAnalyzersOptions() {
    FakeAnalyzerProvider<String> odd = new FakeAnalyzerProvider<>(FakeAnalyzerProvider.builder("odd", String.class)
        .analyze(ctx -> "x")) {
      @Override
      public List<ConfigOption<?>> articleOptions() {
        return List.of(CLAIMS);
      }
    };
    assertThatThrownBy(() -> Pipeline.builder().registry(AnalyzerRegistry.of(odd)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analyzer 'odd' declares the per-article option 'claims' that is not among its options");
  }
}
