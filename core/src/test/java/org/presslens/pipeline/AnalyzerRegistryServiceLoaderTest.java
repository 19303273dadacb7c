package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.report.AnalysisReport;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.FakeNlpEngineProvider;
import org.presslens.testing.ParagraphSpansProvider;
import org.presslens.testing.TestArticles;
import org.presslens.testing.ThrowingProvider;
import org.presslens.testing.TokenCountProvider;
import org.presslens.testing.TokenRatioProvider;

/**
 * Discovery through the real {@link java.util.ServiceLoader}: a services file with good providers, a missing
 * class, a provider whose constructor throws, and two providers sharing a name.
 */
class AnalyzerRegistryServiceLoaderTest {

  private static final String EXPLODING = ServiceFixtures.ExplodingProvider.class.getName();
  private static final String TWIN_ONE = ServiceFixtures.TwinOne.class.getName();
  private static final String TWIN_TWO = ServiceFixtures.TwinTwo.class.getName();

  @TempDir
  Path dir;

  private URLClassLoader loader;
  private AnalyzerRegistry registry;

  @BeforeEach
  void discover() {
    ServiceFixtures.writeAnalyzers(dir, List.of(
        "# test providers",
        TokenCountProvider.class.getName(),
        ServiceFixtures.MISSING_CLASS,
        TokenRatioProvider.class.getName() + "   # a trailing comment",
        EXPLODING,
        "",
        TWIN_ONE,
        ParagraphSpansProvider.class.getName(),
        TWIN_TWO,
        ThrowingProvider.class.getName()));
    loader = ServiceFixtures.loaderOn(dir);
    registry = AnalyzerRegistry.discover(loader);
  }

  @AfterEach
  void close() throws Exception {
    loader.close();
  }

  @Test
  void goodProvidersAreFoundDespiteTheBrokenOnes() {
    assertThat(registry.names())
        .contains("paragraph-spans", "throwing", "token-count", "token-ratio")
        .doesNotContain("twin", "exploding");
    assertThat(registry.lookup("token-count")).isInstanceOf(TokenCountProvider.class);
  }

  @Test
  void problemsNameTheMissingClass() {
    assertThat(registry.problems()).anySatisfy(p -> assertThat(p).contains(ServiceFixtures.MISSING_CLASS)
        .contains("AnalyzerProvider"));
  }

  @Test
  void problemsNameTheProviderWhoseConstructorThrowsAndWhy() {
    assertThat(registry.problems()).anySatisfy(p -> assertThat(p).contains(EXPLODING)
        .contains(ServiceFixtures.ExplodingProvider.MESSAGE));
  }

  @Test
  void problemsNameBothProvidersOfADuplicateName() {
    assertThat(registry.problems()).anySatisfy(p -> assertThat(p).contains("'twin'", TWIN_ONE, TWIN_TWO));
    assertThat(registry.problems()).hasSize(3);
  }

  @Test
  void lookupMessages() {
    assertThatThrownBy(() -> registry.lookup("twin")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TWIN_ONE).hasMessageContaining(TWIN_TWO);
    assertThatThrownBy(() -> registry.lookup("nope"))
        .hasMessageContaining("no analyzer named 'nope'")
        .hasMessageContaining("available: paragraph-spans, throwing, token-count, token-ratio");
    assertThatThrownBy(() -> registry.lookup("stance"))
        .hasMessageContaining("put the jar that provides 'stance' on the class path")
        .hasMessageContaining("discovery problems: ");
    assertThatThrownBy(() -> registry.lookup("exploding")).hasMessageContaining("no analyzer named 'exploding'");
  }

  @Test
  void discoveredProvidersRunInAPipeline() {
    FakeNlpEngine engine = new FakeNlpEngine();
    Pipeline pipeline = Pipeline.builder().registry(registry).nlpEngine(engine)
        .analyzers("token-ratio", "token-count", "throwing").build();
    assertThat(pipeline.analyzerNames()).containsExactly("token-count", "token-ratio", "throwing");
    AnalysisReport report = pipeline.analyze(TestArticles.english());
    assertThat(report.results()).containsOnlyKeys("token-count", "token-ratio");
    assertThat(report.failures()).extracting(f -> f.analyzer()).containsExactly("throwing");
    assertThat(engine.annotateCount()).isEqualTo(1);
  }

  @Test
  void pipelineDiscoversAnalyzersAndTheEngineThroughItsClassLoader() {
    ServiceFixtures.writeEngines(dir, List.of(FakeNlpEngineProvider.class.getName()));
    Pipeline pipeline = Pipeline.builder().classLoader(loader).analyzers("token-count", "paragraph-spans")
        .option("nlp.ignored", "yes").build();
    AnalysisReport report = pipeline.analyze(TestArticles.english());
    assertThat(report.results()).containsOnlyKeys("token-count", "paragraph-spans");
    assertThat(report.failures()).isEmpty();
  }

  @Test
  void discoverUsesTheContextClassLoader() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      assertThat(AnalyzerRegistry.discover().names()).isEqualTo(registry.names());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
