package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.MentionListProvider;
import org.presslens.testing.TokenCountProvider;

/** Too little heap for the engine's models is refused at build(), before any model is loaded. */
class HeapCheckTest {

  private static final long MB = 1L << 20;

  /** A fake engine that needs {@code nerBytes} for NER and 128 MB for tokens, and records what it was asked. */
  private static final class HungryEngine implements NlpEngine {
    private final FakeNlpEngine delegate = new FakeNlpEngine();
    private final List<Set<NlpLayer>> asked = new ArrayList<>();
    private final long nerBytes;

    HungryEngine(long nerBytes) {
      this.nerBytes = nerBytes;
    }

    @Override
    public Set<NlpLayer> supportedLayers() {
      return delegate.supportedLayers();
    }

    @Override
    public Set<String> languages() {
      return delegate.languages();
    }

    @Override
    public NlpDocument annotate(Article article, Set<NlpLayer> layers) {
      return delegate.annotate(article, layers);
    }

    @Override
    public long requiredHeapBytes(Set<NlpLayer> layers) {
      asked.add(Set.copyOf(layers));
      return layers.contains(NlpLayer.NER) ? nerBytes : 128 * MB;
    }
  }

  @Test
  void tooSmallAHeapIsAClearErrorNamingTheNeedAndTheCurrentMaximum() {
    HungryEngine engine = new HungryEngine(1_088 * MB);
    Set<NlpLayer> layers = EnumSet.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA, NlpLayer.NER);
    assertThatThrownBy(() -> HeapCheck.require(engine, layers, 1024 * MB))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not enough heap for the NLP models: the layers [TOKENS, POS, LEMMA, NER] need a maximum heap of"
            + " at least 1,088 MB, but this JVM's is 1,024 MB (-Xmx1024m); run java with -Xmx1280m or more (the"
            + " presslens launcher: PRESSLENS_JAVA_OPTS=-Xmx1280m), or select analyzers that need fewer models");
    assertThatCode(() -> HeapCheck.require(engine, layers, 1_088 * MB)).doesNotThrowAnyException();
    assertThatCode(() -> HeapCheck.require(engine, EnumSet.of(NlpLayer.TOKENS), 256 * MB))
        .doesNotThrowAnyException();
  }

  @Test
  void noLayersOrAnEngineThatDoesNotKnowIsNoCheck() {
    assertThatCode(() -> HeapCheck.require(new HungryEngine(1_088 * MB), Set.of(), 1)).doesNotThrowAnyException();
    assertThat(new FakeNlpEngine().requiredHeapBytes(EnumSet.allOf(NlpLayer.class))).isZero();
    assertThatCode(() -> HeapCheck.require(new FakeNlpEngine(), EnumSet.allOf(NlpLayer.class), 1))
        .doesNotThrowAnyException();
  }

  @Test
  void buildAsksTheEngineForTheAnalyzersLayersAndFailsBeforeAnyAnnotationOrCreate() {
    HungryEngine engine = new HungryEngine(Runtime.getRuntime().maxMemory() + MB);
    TokenCountProvider tokens = new TokenCountProvider();
    MentionListProvider mentions = new MentionListProvider();
    Pipeline.Builder builder = Pipeline.builder().registry(AnalyzerRegistry.of(tokens, mentions)).nlpEngine(engine);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("not enough heap for the NLP models: the layers [TOKENS, POS, LEMMA, NER] need");
    assertThat(engine.asked).containsExactly(EnumSet.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA, NlpLayer.NER));
    assertThat(engine.delegate.annotateCount()).isZero();
    assertThat(tokens.createCount()).isZero();
    assertThat(mentions.createCount()).isZero();

    Pipeline tokensOnly = Pipeline.builder().registry(AnalyzerRegistry.of(new TokenCountProvider()))
        .nlpEngine(engine).build();
    assertThat(tokensOnly.nlpLayers()).containsExactly(NlpLayer.TOKENS);
  }

  @Test
  void aPipelineBuiltOnlyToValidateItsConfigurationMaySkipTheCheck() {
    HungryEngine engine = new HungryEngine(Runtime.getRuntime().maxMemory() + MB);
    Pipeline.Builder builder = Pipeline.builder().registry(AnalyzerRegistry.of(new MentionListProvider()))
        .nlpEngine(engine);

    assertThatThrownBy(builder::build).hasMessageStartingWith("not enough heap for the NLP models");
    assertThatCode(() -> builder.checkHeap(false).build()).doesNotThrowAnyException();
    assertThat(engine.delegate.annotateCount()).isZero();
  }
}
