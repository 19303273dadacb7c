package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.nlp.NlpEngine;
import org.presslens.spi.ConfigException;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.FakeNlpEngineProvider;
import org.presslens.testing.TestArticles;
import org.presslens.testing.TokenCountProvider;

/** Finding the single NLP engine with the real ServiceLoader: none, one, several, broken. */
class NlpEnginesTest {

  private static final String FAKE = FakeNlpEngineProvider.class.getName();
  private static final String OTHER = ServiceFixtures.OtherEngineProvider.class.getName();
  private static final String BROKEN = ServiceFixtures.BrokenEngineProvider.class.getName();

  @TempDir
  Path dir;

  @Test
  void noEngineNamesTheCoreNlpArtifact() throws Exception {
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThat(NlpEngines.providers(loader)).isEmpty();
      assertThatThrownBy(() -> NlpEngines.create(loader, Map.of())).isInstanceOf(IllegalStateException.class)
          .hasMessage("no NLP engine found on the class path, but the selected analyzers need one; add the artifact "
              + NlpEngines.CORENLP_ARTIFACT);
    }
  }

  @Test
  void oneEngineIsCreatedWithItsOptions() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(FAKE));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      NlpEngine engine = NlpEngines.create(loader, Map.of("ignored", "x"));
      assertThat(engine).isInstanceOf(FakeNlpEngine.class);
      assertThatThrownBy(() -> NlpEngines.create(loader, Map.of("bogus", "1"))).isInstanceOf(ConfigException.class)
          .hasMessage("unknown option 'nlp.bogus' for 'nlp'; known options: 'nlp.ignored'");
    }
  }

  @Test
  void severalEnginesAreAllNamed() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(FAKE, OTHER));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThatThrownBy(() -> NlpEngines.create(loader, Map.of())).isInstanceOf(IllegalStateException.class)
          .hasMessage("several NLP engines found on the class path: fake (" + FAKE + "), other (" + OTHER
              + "); keep one");
    }
  }

  @Test
  void onlyABrokenEngineIsReportedWithItsClass() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(BROKEN));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThatThrownBy(() -> NlpEngines.create(loader, Map.of())).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(BROKEN).hasMessageContaining("broken engine provider");
    }
  }

  @Test
  void aBrokenEngineNextToAGoodOneDoesNotHideIt() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(BROKEN, FAKE));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThat(NlpEngines.create(loader, Map.of())).isInstanceOf(FakeNlpEngine.class);
    }
  }

  @Test
  void pipelineNeedingNlpWithoutAnEngineFailsAtBuild() throws Exception {
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThatThrownBy(() -> Pipeline.builder().classLoader(loader)
          .registry(org.presslens.pipeline.AnalyzerRegistry.of(new TokenCountProvider())).build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining(NlpEngines.CORENLP_ARTIFACT);
    }
  }

  @Test
  void pipelineWithSeveralEnginesFailsAtBuild() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(FAKE, OTHER));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThatThrownBy(() -> Pipeline.builder().classLoader(loader)
          .registry(AnalyzerRegistry.of(new TokenCountProvider())).build())
          .hasMessageContaining("several NLP engines");
      // the discovered engine is used when it is the only one
      ServiceFixtures.writeEngines(dir, List.of(FAKE));
    }
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      Pipeline p = Pipeline.builder().classLoader(loader).registry(AnalyzerRegistry.of(new TokenCountProvider()))
          .build();
      assertThat(p.analyze(TestArticles.minimal()).results()).containsOnlyKeys("token-count");
    }
  }
}
