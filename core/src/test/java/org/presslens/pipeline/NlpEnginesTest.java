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

/** Finding NLP engines with the real ServiceLoader: none, one, several, broken. */
class NlpEnginesTest {

  private static final String FAKE = FakeNlpEngineProvider.class.getName();
  private static final String OTHER = ServiceFixtures.OtherEngineProvider.class.getName();
  private static final String BROKEN = ServiceFixtures.BrokenEngineProvider.class.getName();

  @TempDir
  Path dir;

  @Test
  void noEngineAsksForAnEngineThatProducesTheBuiltInLayers() throws Exception {
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThat(NlpEngines.providers(loader)).isEmpty();
      assertThatThrownBy(() -> NlpEngines.create(loader, Map.of())).isInstanceOf(IllegalStateException.class)
          .hasMessage("no NLP engine on the class path produces the built-in layers [nlp:tokens, nlp:pos, nlp:lemma,"
              + " nlp:ner, nlp:parse, nlp:sentiment] (no NLP engine was found on the class path); add the jar of an"
              + " NLP engine that produces them");
    }
  }

  @Test
  void oneEngineIsCreatedWithItsOptions() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(FAKE));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      NlpEngine engine = NlpEngines.create(loader, Map.of("ignored", "x"));
      assertThat(engine).isInstanceOf(FakeNlpEngine.class);
      assertThatThrownBy(() -> NlpEngines.create(loader, Map.of("bogus", "1"))).isInstanceOf(ConfigException.class)
          .hasMessage("unknown option 'nlp.bogus' for the NLP engines [fake]; known options: 'nlp.ignored'");
    }
  }

  @Test
  void severalEnginesAreAllNamed() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(FAKE, OTHER));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThatThrownBy(() -> NlpEngines.create(loader, Map.of())).isInstanceOf(IllegalStateException.class)
          .hasMessage("several NLP engines produce the built-in layers: available: fake (produces nlp:lemma, nlp:ner,"
              + " nlp:parse, nlp:pos, nlp:sentiment, nlp:tokens), other (produces nlp:lemma, nlp:ner, nlp:parse,"
              + " nlp:pos, nlp:sentiment, nlp:tokens); keep one of them on the class path");
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
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no NLP engine produces the layer nlp:tokens needed by analyzer 'token-count' (no NLP engine"
              + " was found on the class path); add the jar of an NLP engine that produces nlp:tokens to the class"
              + " path");
    }
  }

  @Test
  void pipelineWithSeveralEnginesFailsAtBuild() throws Exception {
    ServiceFixtures.writeEngines(dir, List.of(FAKE, OTHER));
    try (URLClassLoader loader = ServiceFixtures.loaderOn(dir)) {
      assertThatThrownBy(() -> Pipeline.builder().classLoader(loader)
          .registry(AnalyzerRegistry.of(new TokenCountProvider())).build())
          .hasMessage("several NLP engines produce the layer nlp:tokens needed by analyzer 'token-count': fake,"
              + " other; choose with option 'pipeline.nlpEngines' (the engines to use, e.g. fake) or remove all but"
              + " one from the class path");
      Pipeline picked = Pipeline.builder().classLoader(loader).registry(AnalyzerRegistry.of(new TokenCountProvider()))
          .option(Pipeline.NLP_ENGINES_OPTION, "other").build();
      assertThat(picked.nlpEngines()).containsExactly("other");
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
