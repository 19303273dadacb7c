package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.nlp.NlpLayer;
import org.presslens.pipeline.NlpEngines;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigException;
import org.presslens.spi.ConfigOption;

/** Option parsing and provider discovery; loads no model. */
class CoreNlpEngineProviderTest {
  private final CoreNlpEngineProvider provider = new CoreNlpEngineProvider();

  private EngineSettings settings(Map<String, ?> raw) {
    return EngineSettings.from(Config.parse("nlp", provider.options(), raw));
  }

  @Test
  void isFoundByServiceLoaderUnderItsName() {
    assertThat(ServiceLoader.load(NlpEngineProvider.class).stream().map(ServiceLoader.Provider::get))
        .anySatisfy(p -> {
          assertThat(p).isInstanceOf(CoreNlpEngineProvider.class);
          assertThat(p.name()).isEqualTo("corenlp");
        });
  }

  @Test
  void isTheEngineThePipelineFinds() {
    assertThat(NlpEngines.create(getClass().getClassLoader(), Map.of("nerFine", "true")))
        .isInstanceOf(CoreNlpEngine.class)
        .hasToString("CoreNlpEngine[parseMaxTokens=80, nerFine=true, parser=sr]");
  }

  @Test
  void declaresTypedOptionsWithDefaults() {
    assertThat(provider.options()).extracting(ConfigOption::key)
        .containsExactly("parseMaxTokens", "nerFine", "parser");
    assertThat(provider.options()).allSatisfy(o -> assertThat(o.description()).isNotBlank());
    assertThat(settings(Map.of())).isEqualTo(new EngineSettings(80, false, "sr"));
    assertThat(settings(Map.of())).isEqualTo(EngineSettings.defaults());
    assertThat(CoreNlpEngineProvider.PARSE_MAX_TOKENS.defaultValue())
        .isEqualTo(CoreNlpEngineProvider.DEFAULT_PARSE_MAX_TOKENS);
  }

  @Test
  void parsesValues() {
    EngineSettings s = settings(Map.of("parseMaxTokens", "60", "nerFine", "true", "parser", "PCFG"));
    assertThat(s).isEqualTo(new EngineSettings(60, true, "pcfg"));
    assertThat(s.parserModel()).isEqualTo("edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
    assertThat(settings(Map.of("parseMaxTokens", 100, "nerFine", false)).parseMaxTokens()).isEqualTo(100);
    assertThat(settings(Map.of()).parserModel()).isEqualTo("edu/stanford/nlp/models/srparser/englishSR.ser.gz");
  }

  @Test
  void rejectsBadValuesAndUnknownKeys() {
    assertThatThrownBy(() -> settings(Map.of("parser", "rnn"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("parser");
    assertThatThrownBy(() -> settings(Map.of("parseMaxTokens", "0"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("parseMaxTokens");
    assertThatThrownBy(() -> settings(Map.of("parseMaxTokens", "many"))).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> settings(Map.of("nerFine", "maybe"))).isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> settings(Map.of("coref", "true"))).isInstanceOf(ConfigException.class)
        .hasMessageContaining("nlp.coref");
  }

  @Test
  void createIsCheapAndEmptyLayersNeedNoModel() {
    CoreNlpEngine engine = provider.create(Config.parse("nlp", provider.options(), Map.of("parseMaxTokens", "70")));
    assertThat(engine.parseMaxTokens()).isEqualTo(70);
    assertThat(engine.produces()).containsExactlyInAnyOrderElementsOf(NlpLayer.BUILT_IN);
    assertThat(engine.consumes()).isEmpty();
    assertThat(engine.name()).isEqualTo(CoreNlpEngineProvider.NAME);
    assertThat(engine.languages()).containsExactly("en");
    Article article = Article.builder().language("en").paragraph("Nothing to see.").build();
    assertThat(engine.annotate(article, Set.of())).isSameAs(NlpDocument.EMPTY);
    assertThatThrownBy(() -> engine.annotate(article, Set.of(NlpLayer.of("other:layer", String.class))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other:layer");
    assertThat(engine.annotateCalls()).isZero();
    assertThat(engine.loadedAnnotatorSets()).isEmpty();
  }
}
