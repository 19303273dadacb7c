package org.presslens.nlp.encoder.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.TextEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TestArticles;
import org.presslens.testing.TokenCountProvider;

/**
 * The encoder as an engine, on a fake encoder (one state per whitespace-separated word, no model): it runs once per
 * article on the sentences of the engine producing tokens, and is neither loaded nor run for a pipeline whose
 * analyzers need no token states.
 */
class EncoderEngineTest {

  /** Encodes each input as one 1-wide state per whitespace-separated word; counts calls and loads. */
  private static final class FakeEncoder implements TextEncoder {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public int maxTokens() {
      return 512;
    }

    @Override
    public List<TokenStates> encode(List<EncoderInput> inputs) {
      calls.incrementAndGet();
      List<TokenStates> out = new ArrayList<>();
      for (EncoderInput in : inputs) {
        List<int[]> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(in.text());
        while (m.find()) {
          words.add(new int[] {m.start(), m.end()});
        }
        int n = words.size();
        float[] states = new float[n];
        int[] begins = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
          begins[i] = words.get(i)[0];
          ends[i] = words.get(i)[1];
          states[i] = ends[i] - begins[i];
        }
        out.add(new TokenStates(1, states, begins, ends, new int[n], new boolean[n], false));
      }
      return out;
    }
  }

  /** Reads the first word of each sentence back from the token states' offsets. */
  private static final FakeAnalyzerProvider<String> FIRST_WORDS = FakeAnalyzerProvider
      .builder("first-words", String.class).requires(EncoderEngine.TOKEN_STATES).anyLanguage().analyze(ctx -> {
        StringBuilder sb = new StringBuilder();
        for (EncodedSentences.Sentence s : ctx.nlp().layer(EncoderEngine.TOKEN_STATES).sentences()) {
          sb.append(ctx.article().text(), s.begin() + s.states().begin(0), s.begin() + s.states().end(0)).append('|');
        }
        return sb.toString();
      }).build();

  private final FakeEncoder encoder = new FakeEncoder();
  private final AtomicInteger loads = new AtomicInteger();
  private final EncoderEngine engine = new EncoderEngine(() -> {
    loads.incrementAndGet();
    return encoder;
  });

  @Test
  void runsOncePerArticleOnTheSentencesOfTheTokensEngine() {
    Pipeline p = Pipeline.builder().registry(AnalyzerRegistry.of(FIRST_WORDS, new TokenCountProvider()))
        .nlpEngine(engine).nlpEngine(new FakeNlpEngine()).build();
    assertThat(p.nlpEngines()).containsExactly("fake", "encoder");

    Article article = Article.builder().language("en").paragraph("Trams are good. Buses are not.")
        .paragraph("Leeds agrees.").build();
    AnalysisReport report = p.analyze(article);
    assertThat(report.failures()).isEmpty();
    assertThat(report.results().get("first-words")).isEqualTo("Trams|Buses|Leeds|");
    p.analyze(TestArticles.english());
    assertThat(encoder.calls).hasValue(2); // one batched call per article
  }

  @Test
  void isNotLoadedNorRunWhenNoSelectedAnalyzerNeedsIt() {
    Pipeline p = Pipeline.builder().registry(AnalyzerRegistry.of(FIRST_WORDS, new TokenCountProvider()))
        .analyzers(TokenCountProvider.NAME).nlpEngine(engine).nlpEngine(new FakeNlpEngine()).build();
    assertThat(p.nlpEngines()).containsExactly("fake");
    p.analyze(TestArticles.english());
    assertThat(loads).hasValue(0);
    assertThat(encoder.calls).hasValue(0);
  }

  @Test
  void anArticleInAnotherLanguageIsNotEncoded() {
    Pipeline p = Pipeline.builder().registry(AnalyzerRegistry.of(FIRST_WORDS))
        .nlpEngine(engine).nlpEngine(new FakeNlpEngine().forLanguages()).build();
    AnalysisReport report = p.analyze(TestArticles.german());
    assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.error())
        .isEqualTo("not run: the NLP engine 'encoder' it needs handles [en] only; the article's language is 'de'"));
    assertThat(encoder.calls).hasValue(0);
  }

  @Test
  void declaresItsMeasuredHeapNeedOnlyForTheTokenStates() {
    assertThat(engine.requiredHeapBytes(java.util.Set.of(EncoderEngine.TOKEN_STATES))).isEqualTo(256L << 20);
    assertThat(engine.requiredHeapBytes(java.util.Set.of())).isZero();
    assertThat(loads).hasValue(0);
  }
}
