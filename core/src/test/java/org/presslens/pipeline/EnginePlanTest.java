package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TokenShapesEngine;

/** Choosing one producer per layer and ordering the engines by what they consume. */
class EnginePlanTest {

  /** A layer built on the token shapes, produced by {@link ShapeCountsEngine}. */
  private static final NlpLayer<Integer> SHAPE_COUNT = NlpLayer.of("test:shape-count", Integer.class);

  /** An engine that consumes the token shapes (so runs after the shapes engine, which runs after tokens). */
  private static final class ShapeCountsEngine implements NlpEngine {
    @Override
    public String name() {
      return "a-shape-counts"; // sorts first by name: only consumption puts it last
    }

    @Override
    public Set<NlpLayer<?>> produces() {
      return Set.of(SHAPE_COUNT);
    }

    @Override
    public Set<NlpLayer<?>> consumes() {
      return Set.of(TokenShapesEngine.SHAPES);
    }

    @Override
    public Set<String> languages() {
      return Set.of();
    }

    @Override
    public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
      return NlpDocument.EMPTY.with(SHAPE_COUNT, input.layer(TokenShapesEngine.SHAPES).bySentence().size());
    }
  }

  private static Map<NlpLayer<?>, String> needs(NlpLayer<?>... layers) {
    Map<NlpLayer<?>, String> m = new LinkedHashMap<>();
    for (NlpLayer<?> l : layers) {
      m.put(l, "analyzer 'a'");
    }
    return m;
  }

  @Test
  void eachLayerGetsItsOneProducerAndEnginesRunAfterWhatTheyConsume() {
    FakeNlpEngine base = new FakeNlpEngine();
    TokenShapesEngine shapes = new TokenShapesEngine();
    ShapeCountsEngine counts = new ShapeCountsEngine();
    EnginePlan plan = EnginePlan.of(List.of(counts, shapes, base), needs(SHAPE_COUNT), List.of());

    assertThat(plan.engines()).containsExactly(base, shapes, counts);
    assertThat(plan.layersOf(base)).containsExactly(NlpLayer.TOKENS);
    assertThat(plan.requests(Set.of(SHAPE_COUNT))).containsExactly(
        Map.entry(base, Set.of(NlpLayer.TOKENS)), Map.entry(shapes, Set.of(TokenShapesEngine.SHAPES)),
        Map.entry(counts, Set.of(SHAPE_COUNT)));
    // an article that needs only tokens runs only the engine that produces them
    assertThat(plan.requests(Set.of(NlpLayer.TOKENS))).containsOnlyKeys(base);
  }

  @Test
  void enginesThatProduceNothingNeededAreNotInThePlan() {
    TokenShapesEngine shapes = new TokenShapesEngine();
    EnginePlan plan = EnginePlan.of(List.of(new FakeNlpEngine(), shapes), needs(NlpLayer.NER), List.of());
    assertThat(plan.engines()).extracting(NlpEngine::name).containsExactly("fake");
    assertThat(plan.layers()).containsExactly(NlpLayer.LEMMA, NlpLayer.NER, NlpLayer.POS, NlpLayer.TOKENS);
    assertThat(EnginePlan.of(List.of(shapes), Map.of(), List.of()).engines()).isEmpty();
  }

  @Test
  void aLayerWithoutProducerNamesTheLayerAndWhatEachEngineProduces() {
    assertThatThrownBy(() -> EnginePlan.of(List.of(FakeNlpEngine.supporting(NlpLayer.TOKENS),
        new ShapeCountsEngine()), needs(SHAPE_COUNT), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no NLP engine produces the layer test:token-shapes needed by the NLP engine 'a-shape-counts'"
            + " (available: fake (produces nlp:tokens), a-shape-counts (produces test:shape-count; consumes"
            + " test:token-shapes)); add the jar of an NLP engine that produces test:token-shapes to the class path");
  }

  @Test
  void anAmbiguousChoiceIsAnErrorUntilAnOptionPicksTheEngines() {
    FakeNlpEngine fake = new FakeNlpEngine();
    FakeNlpEngine other = new FakeNlpEngine().named("other");
    assertThatThrownBy(() -> EnginePlan.of(List.of(fake, other), needs(NlpLayer.TOKENS), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("several NLP engines produce the layer nlp:tokens needed by analyzer 'a': fake, other; choose"
            + " with option 'pipeline.nlpEngines' (the engines to use, e.g. fake) or remove all but one from the"
            + " class path");
    assertThat(EnginePlan.of(List.of(fake, other), needs(NlpLayer.TOKENS), List.of("other")).engines())
        .containsExactly(other);
    assertThatThrownBy(() -> EnginePlan.of(List.of(fake, other), needs(NlpLayer.TOKENS), List.of("spacy")))
        .hasMessageStartingWith("option 'pipeline.nlpEngines' names the NLP engine 'spacy', which is not on the"
            + " class path; available: fake");
    assertThatThrownBy(() -> EnginePlan.of(List.of(fake, new TokenShapesEngine()),
        needs(TokenShapesEngine.SHAPES), List.of("fake")))
        .hasMessageEndingWith("add the jar of an NLP engine that produces test:token-shapes to the class path or"
            + " widen option 'pipeline.nlpEngines'");
  }

  @Test
  void enginesConsumingEachOthersLayersAreACycle() {
    NlpLayer<String> a = NlpLayer.of("test:a", String.class);
    NlpLayer<String> b = NlpLayer.of("test:b", String.class);
    NlpEngine one = FakeEngines.producing("one", a, b);
    NlpEngine two = FakeEngines.producing("two", b, a);
    assertThatThrownBy(() -> EnginePlan.of(List.of(one, two), needs(a), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the NLP engines consume each other's layers in a cycle: one -> two -> one");
  }

  @Test
  void anEngineIsAskedOnlyAboutTheLanguageOfArticlesWhoseAnalyzersNeedIt() {
    FakeNlpEngine english = new FakeNlpEngine();
    TokenShapesEngine anyLanguage = new TokenShapesEngine();
    EnginePlan plan = EnginePlan.of(List.of(english, anyLanguage), needs(TokenShapesEngine.SHAPES), List.of());
    assertThat(plan.notHandling(Set.of(TokenShapesEngine.SHAPES), "de")).contains(english); // via the tokens
    assertThat(plan.notHandling(Set.of(TokenShapesEngine.SHAPES), "en")).isEmpty();
    assertThat(plan.notHandling(Set.of(TokenShapesEngine.SHAPES), "und")).isEmpty();
    assertThat(plan.notHandling(Set.of(), "de")).isEmpty();
  }

  /** Engines for planning tests that never annotate. */
  private static final class FakeEngines {
    static NlpEngine producing(String name, NlpLayer<?> produces, NlpLayer<?> consumes) {
      return new NlpEngine() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public Set<NlpLayer<?>> produces() {
          return Set.of(produces);
        }

        @Override
        public Set<NlpLayer<?>> consumes() {
          return Set.of(consumes);
        }

        @Override
        public Set<String> languages() {
          return Set.of();
        }

        @Override
        public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
          throw new UnsupportedOperationException("planning only");
        }
      };
    }
  }
}
