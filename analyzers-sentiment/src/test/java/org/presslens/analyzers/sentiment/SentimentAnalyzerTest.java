package org.presslens.analyzers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;
import org.presslens.nlp.Token;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.result.SentimentLabel;
import org.presslens.result.SentimentResult;
import org.presslens.result.Voice;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Config;
import org.presslens.spi.ResultKey;

class SentimentAnalyzerTest {

  private static final String P1 = "The plan is a disaster. \"It is wonderful,\" the mayor said.";
  private static final String P2 = "Nobody knows.";

  private static Sentence sentence(int index, String text, int begin, int end, double... probabilities) {
    List<Double> p = java.util.Arrays.stream(probabilities).boxed().toList();
    List<Token> tokens = List.of(new Token(begin, end, text.substring(begin, end), null, null, null));
    return new Sentence(index, begin, end, tokens, null, p.isEmpty() ? null : new SentimentDistribution(p),
        p.isEmpty());
  }

  @Test
  void scoresSentencesAggregatesEveryLevelAndMarksVoice() {
    Article article = Article.builder().section("One").paragraph(P1).section("Two").paragraph(P2).build();
    String text = article.text();
    int s2 = text.indexOf('"');
    int p2 = text.indexOf("Nobody");
    NlpDocument nlp = new NlpDocument(Set.of(NlpLayer.TOKENS, NlpLayer.SENTIMENT), List.of(
        sentence(0, text, 0, s2 - 1, 0.6, 0.3, 0.1, 0, 0),
        sentence(1, text, s2, P1.length(), 0, 0.1, 0.2, 0.3, 0.4),
        sentence(2, text, p2, text.length())), List.of());

    SentimentResult r = new SentimentAnalyzerProvider().create(
        Config.defaults("sentiment", new SentimentAnalyzerProvider().options())).analyze(context(article, nlp));

    assertThat(r.model()).isEqualTo("corenlp");
    assertThat(r.sentences()).hasSize(3);
    assertThat(r.sentences().get(0).label()).isEqualTo(SentimentLabel.VERY_NEGATIVE);
    assertThat(r.sentences().get(0).score()).isEqualTo(-0.75);
    assertThat(r.sentences().get(0).voice()).isEqualTo(Voice.AUTHOR);
    assertThat(r.sentences().get(1).voice()).isEqualTo(Voice.QUOTED);
    assertThat(r.sentences().get(2).capped()).isTrue();
    assertThat(r.sentences().get(2).label()).isNull();
    assertThat(r.paragraphs()).hasSize(2);
    assertThat(r.sections()).extracting(SentimentResult.SectionSentiment::heading).containsExactly("One", "Two");
    assertThat(r.sections().get(1).label()).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(r.arc()).hasSize(2);
    assertThat(r.document().magnitude()).isPositive();
  }

  @Test
  void providerIsRegisteredUnderItsName() {
    AnalyzerRegistry registry = AnalyzerRegistry.discover();
    assertThat(registry.lookup(SentimentAnalyzerProvider.NAME)).isInstanceOf(SentimentAnalyzerProvider.class);
  }

  @Test
  void requiresSentimentLayerAndRejectsUnknownOptions() {
    SentimentAnalyzerProvider p = new SentimentAnalyzerProvider();
    assertThat(p.requires(Config.defaults(p.name(), p.options()))).contains(NlpLayer.SENTIMENT);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Config.parse(p.name(), p.options(), java.util.Map.of("modle", "x")))
        .hasMessageContaining("sentiment.modle").hasMessageContaining("sentiment.model");
  }

  private static AnalysisContext context(Article article, NlpDocument nlp) {
    return new AnalysisContext() {
      @Override
      public Article article() {
        return article;
      }

      @Override
      public NlpDocument nlp() {
        return nlp;
      }

      @Override
      public <T> T result(ResultKey<T> key) {
        throw new IllegalStateException();
      }
    };
  }
}
