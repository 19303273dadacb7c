package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.ForwardingNlpEngine;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.CapitalisedCountProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.MentionListProvider;
import org.presslens.testing.TokenCountProvider;
import org.presslens.testing.TokenShapesEngine;

/** Too little heap for the engines' models is refused at build(), before any model is loaded. */
class HeapCheckTest {

  private static final long MB = 1L << 20;

  /** An engine that needs {@code bytes} for its layers and records what it was asked. */
  private static final class HungryEngine extends ForwardingNlpEngine {
    private final List<Set<NlpLayer<?>>> asked = new ArrayList<>();
    private final long nerBytes;

    HungryEngine(NlpEngine delegate, long nerBytes) {
      super(delegate);
      this.nerBytes = nerBytes;
    }

    /** {@code nerBytes} with NER, else 128 MB. */
    @Override
    public long requiredHeapBytes(Set<NlpLayer<?>> layers) {
      asked.add(Set.copyOf(layers));
      return layers.contains(NlpLayer.NER) ? nerBytes : 128 * MB;
    }
  }

  private static EnginePlan plan(List<NlpEngine> engines, NlpLayer<?>... layers) {
    Map<NlpLayer<?>, String> needed = new java.util.LinkedHashMap<>();
    for (NlpLayer<?> l : layers) {
      needed.put(l, "a test");
    }
    return EnginePlan.of(engines, needed, List.of());
  }

  @Test
  void tooSmallAHeapIsAClearErrorNamingTheNeedAndTheCurrentMaximum() {
    HungryEngine engine = new HungryEngine(new FakeNlpEngine(), 1_088 * MB);
    EnginePlan ner = plan(List.of(engine), NlpLayer.NER);
    assertThatThrownBy(() -> HeapCheck.require(ner, 1024 * MB))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not enough heap for the NLP models: fake [nlp:lemma, nlp:ner, nlp:pos, nlp:tokens] needs a"
            + " maximum heap of at least 1,088 MB, but this JVM's is 1,024 MB (-Xmx1024m); run java with -Xmx1280m or"
            + " more (the presslens launcher: PRESSLENS_JAVA_OPTS=-Xmx1280m), or select analyzers that need fewer"
            + " models");
    assertThatCode(() -> HeapCheck.require(ner, 1_088 * MB)).doesNotThrowAnyException();
    assertThatCode(() -> HeapCheck.require(plan(List.of(engine), NlpLayer.TOKENS), 256 * MB))
        .doesNotThrowAnyException();
  }

  @Test
  void theNeedIsTheSumOverTheEnginesARunLoads() {
    HungryEngine base = new HungryEngine(new FakeNlpEngine(), 1_000 * MB);
    HungryEngine shapes = new HungryEngine(new TokenShapesEngine(), 0);
    EnginePlan both = plan(List.of(base, shapes), NlpLayer.NER, TokenShapesEngine.SHAPES);
    assertThat(both.requiredHeapBytes()).isEqualTo(1_128 * MB); // 1,000 MB for NER + 128 MB for the shapes
    assertThatThrownBy(() -> HeapCheck.require(both, 1_100 * MB))
        .hasMessageStartingWith("not enough heap for the NLP models: fake [nlp:lemma, nlp:ner, nlp:pos, nlp:tokens]"
            + " and shapes [test:token-shapes] need a maximum heap of at least 1,128 MB");
    assertThat(shapes.asked).containsOnly(Set.of(TokenShapesEngine.SHAPES));
    // an engine the run does not need is not asked
    HungryEngine unused = new HungryEngine(new TokenShapesEngine(), 0);
    assertThat(plan(List.of(base, unused), NlpLayer.NER).requiredHeapBytes()).isEqualTo(1_000 * MB);
    assertThat(unused.asked).isEmpty();
  }

  @Test
  void theAnalyzersOwnModelsAddToTheNeed() {
    EnginePlan ner = plan(List.of(new HungryEngine(new FakeNlpEngine(), 400 * MB)), NlpLayer.NER);
    Map<String, Long> models = new java.util.LinkedHashMap<>();
    models.put("entities", 256 * MB);
    models.put("sentiment", 0L);
    assertThatThrownBy(() -> HeapCheck.require(ner, models, 512 * MB))
        .hasMessageStartingWith("not enough heap for the NLP models: fake [nlp:lemma, nlp:ner, nlp:pos, nlp:tokens]"
            + " and the models of analyzer 'entities' (256 MB) need a maximum heap of at least 656 MB");
    assertThatCode(() -> HeapCheck.require(ner, models, 656 * MB)).doesNotThrowAnyException();
  }

  @Test
  void noLayersOrAnEngineThatDoesNotKnowIsNoCheck() {
    assertThatCode(() -> HeapCheck.require(EnginePlan.NONE, 1)).doesNotThrowAnyException();
    assertThat(new FakeNlpEngine().requiredHeapBytes(Set.copyOf(NlpLayer.BUILT_IN))).isZero();
    assertThatCode(() -> HeapCheck.require(plan(List.of(new FakeNlpEngine()), NlpLayer.SENTIMENT, NlpLayer.NER), 1))
        .doesNotThrowAnyException();
  }

  @Test
  void buildAsksTheEngineForTheAnalyzersLayersAndFailsBeforeAnyAnnotationOrCreate() {
    FakeNlpEngine fake = new FakeNlpEngine();
    HungryEngine engine = new HungryEngine(fake, Runtime.getRuntime().maxMemory() + MB);
    TokenCountProvider tokens = new TokenCountProvider();
    MentionListProvider mentions = new MentionListProvider();
    Pipeline.Builder builder = Pipeline.builder().registry(AnalyzerRegistry.of(tokens, mentions)).nlpEngine(engine);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("not enough heap for the NLP models: fake [nlp:lemma, nlp:ner, nlp:pos, nlp:tokens]"
            + " needs");
    assertThat(engine.asked).containsExactly(Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA, NlpLayer.NER));
    assertThat(fake.annotateCount()).isZero();
    assertThat(tokens.createCount()).isZero();
    assertThat(mentions.createCount()).isZero();

    Pipeline tokensOnly = Pipeline.builder().registry(AnalyzerRegistry.of(new TokenCountProvider()))
        .nlpEngine(engine).build();
    assertThat(tokensOnly.nlpLayers()).containsExactly(NlpLayer.TOKENS);
  }

  @Test
  void aPipelineBuiltOnlyToValidateItsConfigurationMaySkipTheCheck() {
    FakeNlpEngine fake = new FakeNlpEngine();
    HungryEngine engine = new HungryEngine(fake, Runtime.getRuntime().maxMemory() + MB);
    Pipeline.Builder builder = Pipeline.builder().registry(AnalyzerRegistry.of(new MentionListProvider()))
        .nlpEngine(engine).nlpEngine(new TokenShapesEngine());

    assertThatThrownBy(builder::build).hasMessageStartingWith("not enough heap for the NLP models");
    assertThatCode(() -> builder.checkHeap(false).build()).doesNotThrowAnyException();
    assertThat(fake.annotateCount()).isZero();
    assertThat(Pipeline.builder().registry(AnalyzerRegistry.of(new CapitalisedCountProvider()))
        .nlpEngine(new FakeNlpEngine()).nlpEngine(new TokenShapesEngine()).build().nlpEngines())
        .containsExactly("fake", "shapes");
  }
}
