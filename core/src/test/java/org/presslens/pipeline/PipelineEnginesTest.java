package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.NlpLayer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;
import org.presslens.testing.CapitalisedCountProvider;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TestArticles;
import org.presslens.testing.TokenCountProvider;
import org.presslens.testing.TokenShapesEngine;

/**
 * Several engines: a plugin engine adds a layer ({@link TokenShapesEngine#SHAPES}, declared in the test sources)
 * that a plugin analyzer consumes, with nothing in core knowing of either.
 */
class PipelineEnginesTest {

  private final FakeNlpEngine base = new FakeNlpEngine();
  private final TokenShapesEngine shapes = new TokenShapesEngine();

  private Pipeline pipeline(org.presslens.spi.AnalyzerProvider<?>... providers) {
    return Pipeline.builder().registry(AnalyzerRegistry.of(providers)).nlpEngine(shapes).nlpEngine(base).build();
  }

  @Test
  void aPluginLayerIsComputedFromAnotherEnginesTokensAndReadByKey() {
    Pipeline p = pipeline(new CapitalisedCountProvider(), new TokenCountProvider());
    assertThat(p.nlpEngines()).containsExactly("fake", "shapes");
    assertThat(p.nlpLayers()).containsExactly(NlpLayer.TOKENS, TokenShapesEngine.SHAPES);

    AnalysisReport report = p.analyze(TestArticles.english());
    assertThat(report.failures()).isEmpty();
    long capitals = new FakeNlpEngine().annotate(TestArticles.english(), Set.of(NlpLayer.TOKENS)).sentences()
        .stream().flatMap(s -> s.tokens().stream()).filter(t -> Character.isUpperCase(t.text().codePointAt(0)))
        .count();
    assertThat(report.result(CapitalisedCountProvider.KEY).orElseThrow().tokens()).isEqualTo(capitals).isPositive();
  }

  @Test
  void eachEngineAnnotatesEachArticleOnceAndOnlyForTheAnalyzersThatNeedIt() {
    Pipeline p = pipeline(new CapitalisedCountProvider(), new TokenCountProvider());
    for (var article : java.util.List.of(TestArticles.english(), TestArticles.minimal(), TestArticles.unicode())) {
      p.analyze(article);
    }
    assertThat(base.annotatedArticleIds()).containsExactly(TestArticles.english().id(), TestArticles.minimal().id(),
        TestArticles.unicode().id());
    assertThat(shapes.annotatedArticleIds()).isEqualTo(base.annotatedArticleIds());

    base.reset();
    Pipeline tokensOnly = pipeline(new TokenCountProvider());
    assertThat(tokensOnly.nlpEngines()).containsExactly("fake");
    tokensOnly.analyze(TestArticles.english());
    assertThat(base.annotateCount()).isEqualTo(1);
    assertThat(shapes.annotateCount()).isEqualTo(3); // not run for the pipeline that does not need it
  }

  @Test
  void theFirstArticleLoadsEveryEngineItNeedsAtOnceBeforeAnyAnnotates() {
    java.util.List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.concurrent.CountDownLatch bothLoading = new java.util.concurrent.CountDownLatch(2);
    class Recording extends org.presslens.nlp.ForwardingNlpEngine {
      Recording(org.presslens.nlp.NlpEngine delegate) {
        super(delegate);
      }

      @Override
      public void load(Set<NlpLayer<?>> layers) {
        bothLoading.countDown();
        try {
          events.add("load " + name() + (bothLoading.await(10, java.util.concurrent.TimeUnit.SECONDS)
              ? " while the other loads" : " alone"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }

      @Override
      public org.presslens.nlp.NlpDocument annotate(org.presslens.model.Article article,
                                                    org.presslens.nlp.NlpDocument input, Set<NlpLayer<?>> layers) {
        events.add("annotate " + name());
        return super.annotate(article, input, layers);
      }
    }
    Pipeline p = Pipeline.builder().registry(AnalyzerRegistry.of(new CapitalisedCountProvider()))
        .nlpEngine(new Recording(shapes)).nlpEngine(new Recording(base)).build();
    p.analyze(TestArticles.english());
    p.analyze(TestArticles.minimal());

    assertThat(events.subList(0, 2)).containsExactlyInAnyOrder("load fake while the other loads",
        "load shapes while the other loads");
    assertThat(events.subList(2, events.size())).containsExactly("annotate fake", "annotate shapes",
        "annotate fake", "annotate shapes");
  }

  @Test
  void anAnalyzerMayReadOnlyLayersThatWereComputed() {
    FakeAnalyzerProvider<Object> sneaky = FakeAnalyzerProvider.builder("sneaky").requires(NlpLayer.TOKENS)
        .analyze(ctx -> ctx.nlp().layer(TokenShapesEngine.SHAPES)).build();
    AnalysisReport report = pipeline(sneaky).analyze(TestArticles.english());
    assertThat(report.failures()).containsExactly(new Failure("sneaky", "IllegalStateException: the NLP layer"
        + " test:token-shapes was not computed for this article (computed: [nlp:tokens]); declare it among the"
        + " analyzer's requirements", Failure.Kind.THREW));
  }

  @Test
  void whenTheEngineAPluginEngineConsumesFailsItsAnalyzersAreNotRun() {
    FakeNlpEngine failing = FakeNlpEngine.failingWith(new IllegalStateException("no models"));
    AnalysisReport report = Pipeline.builder().registry(AnalyzerRegistry.of(new CapitalisedCountProvider()))
        .nlpEngine(failing).nlpEngine(shapes).build().analyze(TestArticles.english());
    assertThat(report.failures()).containsExactly(
        new Failure("nlp", "engine 'fake': IllegalStateException: no models", Failure.Kind.NLP_FAILURE),
        new Failure(CapitalisedCountProvider.NAME, "not run: the NLP engine 'fake' failed", Failure.Kind.NLP_FAILURE));
    assertThat(shapes.annotateCount()).isZero();
  }

  @Test
  void aPluginLayerWithoutItsEngineIsAnErrorAtBuild() {
    assertThatThrownBy(() -> Pipeline.builder().registry(AnalyzerRegistry.of(new CapitalisedCountProvider()))
        .nlpEngine(base).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no NLP engine produces the layer test:token-shapes needed by analyzer 'capitalised-count'"
            + " (available: fake (produces nlp:lemma, nlp:ner, nlp:parse, nlp:pos, nlp:sentiment, nlp:tokens));"
            + " add the jar of an NLP engine that produces test:token-shapes to the class path");
  }
}
