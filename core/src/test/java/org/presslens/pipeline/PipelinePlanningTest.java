package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.ConfigException;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.MentionListProvider;
import org.presslens.testing.ParagraphSpansProvider;
import org.presslens.testing.TokenCountProvider;
import org.presslens.testing.TokenRatioProvider;

/** What {@link Pipeline.Builder#build()} decides and rejects: order, requirements, options, layers. */
class PipelinePlanningTest {

  private static FakeAnalyzerProvider<Object> fake(String name, String... requiredResults) {
    FakeAnalyzerProvider.Builder<Object> b = FakeAnalyzerProvider.builder(name).anyLanguage();
    for (String r : requiredResults) {
      b.requiresResult(r);
    }
    return b.build();
  }

  private static Pipeline.Builder builder(AnalyzerProvider<?>... providers) {
    return Pipeline.builder().registry(AnalyzerRegistry.of(providers)).nlpEngine(new FakeNlpEngine());
  }

  @Test
  void ordersByRequirementsKeepingSelectionOrderOtherwise() {
    Pipeline p = builder(fake("a"), fake("b", "a"), fake("c", "b"), fake("x"), fake("y"))
        .analyzers("x", "c", "y", "a", "b").build();
    assertThat(p.analyzerNames()).containsExactly("x", "a", "b", "c", "y");
  }

  @Test
  void ordersADiamond() {
    Pipeline p = builder(fake("a"), fake("b", "a"), fake("c", "a"), fake("d", "c", "b"))
        .analyzers("d", "c", "b", "a").build();
    assertThat(p.analyzerNames()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void selectsEveryAvailableAnalyzerWhenNoneIsNamed() {
    Pipeline p = builder(new TokenRatioProvider(), new TokenCountProvider(), new ParagraphSpansProvider()).build();
    assertThat(p.analyzerNames()).containsExactly("paragraph-spans", "token-count", "token-ratio");
  }

  @Test
  void noAnalyzerAtAllIsAnError() {
    assertThatThrownBy(() -> builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("no analyzer found on the class path; put an analyzer's jar on the class path");
  }

  @Test
  void repeatedSelectionIsIgnored() {
    Pipeline p = builder(new TokenCountProvider()).analyzers("token-count").analyzers("token-count").build();
    assertThat(p.analyzerNames()).containsExactly("token-count");
  }

  @Test
  void unknownAnalyzerFailsWithTheRegistryMessage() {
    assertThatThrownBy(() -> builder(new TokenCountProvider()).analyzers("tokens").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no analyzer named 'tokens'; available: token-count; put the jar that provides 'tokens' on the"
            + " class path");
  }

  @Test
  void cycleIsReportedWithItsPath() {
    assertThatThrownBy(() -> builder(fake("a", "b"), fake("b", "c"), fake("c", "a")).analyzers("a", "b", "c").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analyzer 'a' is part of a requirement cycle: a -> b -> c -> a");
    assertThatThrownBy(() -> builder(fake("self", "self")).build())
        .hasMessage("analyzer 'self' is part of a requirement cycle: self -> self");
  }

  @Test
  void unmetRequirementNamesAnalyzerAndKey() {
    assertThatThrownBy(() -> builder(new TokenRatioProvider()).analyzers("token-ratio").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analyzer 'token-ratio' requires result:token-count, which no analyzer on the class path"
            + " produces; put the jar that provides 'token-count' on the class path");
  }

  @Test
  void requirementOfTheWrongTypeIsRejected() {
    FakeAnalyzerProvider<Object> wants = FakeAnalyzerProvider.builder("wants")
        .requires(ResultKey.of("token-count", String.class)).build();
    assertThatThrownBy(() -> builder(new TokenCountProvider(), wants).build())
        .hasMessageContaining("analyzer 'wants' requires result:token-count of type java.lang.String")
        .hasMessageContaining(TokenCountProvider.TokenCount.class.getName());
  }

  @Test
  void optionsAreRoutedToTheirAnalyzerAndValidated() {
    Pipeline p = builder(new TokenCountProvider()).option("token-count.minLength", "4").build();
    assertThat(p.configs().get("token-count").get(TokenCountProvider.MIN_LENGTH)).isEqualTo(4);

    assertThatThrownBy(() -> builder(new TokenCountProvider()).option("token-count.minLenght", "4").build())
        .isInstanceOf(ConfigException.class)
        .hasMessage("unknown option 'token-count.minLenght' for 'token-count'; known options: "
            + "'token-count.minLength'");
    assertThatThrownBy(() -> builder(new TokenCountProvider()).option("token-count.minLength", "0").build())
        .isInstanceOf(ConfigException.class)
        .hasMessage("'token-count.minLength' must be in 1..100, got 0");
  }

  @Test
  void optionForAnUnselectedAnalyzerIsRejected() {
    assertThatThrownBy(() -> builder(new TokenCountProvider(), new MentionListProvider())
        .analyzers("token-count").option("mentions.types", "PERSON").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option 'mentions.types' names no selected analyzer; options are given as <analyzer>.<key> or "
            + "nlp.<key>, and the selected analyzers are [token-count]");
    assertThatThrownBy(() -> builder(new TokenCountProvider()).option("minLength", "3").build())
        .hasMessageStartingWith("option 'minLength' names no selected analyzer");
  }

  @Test
  void nlpOptionsCannotBeAppliedToAGivenEngine() {
    assertThatThrownBy(() -> builder(new TokenCountProvider()).option("nlp.model", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nlp.* options [model] cannot be applied to an NLP engine given with nlpEngine(...)");
  }

  @Test
  void requirementsMayDependOnTheConfig() {
    ConfigOption<Boolean> useNer = ConfigOption.bool("useNer", false, "also needs NER");
    FakeAnalyzerProvider<Object> p = FakeAnalyzerProvider.builder("flex").options(useNer)
        .requires(NlpLayer.TOKENS)
        .requires(config -> config.get(useNer) ? Set.<Requirement>of(NlpLayer.NER) : Set.of())
        .build();
    assertThat(builder(p).build().nlpLayers()).containsExactly(NlpLayer.TOKENS);
    assertThat(builder(p).option("flex.useNer", "true").build().nlpLayers())
        .containsExactlyInAnyOrderElementsOf(NlpLayer.NER.closure());
  }

  @Test
  void nlpLayersAreTheUnionOfTheClosures() {
    Pipeline p = builder(new TokenCountProvider(), new MentionListProvider(), new ParagraphSpansProvider()).build();
    assertThat(p.nlpLayers()).isEqualTo(Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA, NlpLayer.NER));
    assertThat(builder(new ParagraphSpansProvider()).build().nlpLayers()).isEmpty();
  }

  @Test
  void engineMustSupportTheNeededLayers() {
    assertThatThrownBy(() -> Pipeline.builder().registry(AnalyzerRegistry.of(new MentionListProvider()))
        .nlpEngine(FakeNlpEngine.supporting(NlpLayer.TOKENS, NlpLayer.POS)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no NLP engine produces the layer nlp:lemma needed by analyzer 'mentions' (available: fake"
            + " (produces nlp:pos, nlp:tokens)); add the jar of an NLP engine that produces nlp:lemma to the class"
            + " path");
  }

  @Test
  void noEngineIsNeededWhenNoAnalyzerNeedsNlp() {
    // no engine given and none on the class path: fine, since nothing needs one
    Pipeline p = Pipeline.builder().registry(AnalyzerRegistry.of(new ParagraphSpansProvider())).build();
    assertThat(p.analyze(org.presslens.testing.TestArticles.english()).results()).containsOnlyKeys("paragraph-spans");
  }

  @Test
  void analyzersAreNotCreatedAtBuild() {
    TokenCountProvider tokens = new TokenCountProvider();
    Pipeline p = builder(tokens).build();
    assertThat(tokens.createCount()).isZero();
    assertThat(p.configs()).containsOnlyKeys("token-count");
  }

  @Test
  void builtPipelineIsFrozen() {
    Pipeline.Builder b = builder(new TokenCountProvider(), new ParagraphSpansProvider()).analyzers("token-count");
    Pipeline p = b.build();
    b.analyzers("paragraph-spans").option("token-count.minLength", "3");
    assertThat(p.analyzerNames()).containsExactly("token-count");
    assertThat(p.configs().get("token-count").get(TokenCountProvider.MIN_LENGTH)).isEqualTo(1);
    assertThatThrownBy(() -> p.nlpLayers().add(NlpLayer.PARSE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.analyzerNames().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
