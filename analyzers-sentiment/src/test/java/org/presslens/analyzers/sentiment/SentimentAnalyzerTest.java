package org.presslens.analyzers.sentiment;

import org.presslens.nlp.Polarity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.sentiment.api.SentimentResult.SentenceSentiment;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Section;
import org.presslens.model.Span;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;
import org.presslens.nlp.SentimentLabel;
import org.presslens.nlp.Token;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ResultKey;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.SpanAssertions;
import org.presslens.testing.TestArticles;

class SentimentAnalyzerTest {

  private static final String P1 = "The plan is a disaster. \"It is wonderful,\" the mayor said.";
  private static final String P2 = "Nobody knows whether the terrible awful plan will fail.";
  private static final SentimentAnalyzerProvider PROVIDER = new SentimentAnalyzerProvider();

  /** A sentence with whitespace-separated tokens; probabilities empty means capped (no sentiment). */
  private static Sentence sentence(int index, String text, int begin, int end, double... probabilities) {
    List<Double> p = Arrays.stream(probabilities).boxed().toList();
    List<Token> tokens = new java.util.ArrayList<>();
    int i = begin;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > b) {
        tokens.add(new Token(b, i, text.substring(b, i), null, null, null));
      }
    }
    return new Sentence(index, begin, end, tokens, null, p.isEmpty() ? null : new SentimentDistribution(p),
        p.isEmpty());
  }

  private static Config config(String... keyValues) {
    Map<String, String> raw = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      raw.put(keyValues[i], keyValues[i + 1]);
    }
    return Config.parse(PROVIDER.name(), PROVIDER.options(), raw);
  }

  private static Article twoSections() {
    return Article.builder().language("en").section("One").paragraph(P1).section("Two").paragraph(P2).build();
  }

  private static NlpDocument nlp(Article article) {
    String text = article.text();
    int s2 = text.indexOf('"');
    int p2 = text.indexOf("Nobody");
    return new NlpDocument(Set.of(NlpLayer.TOKENS, NlpLayer.SENTIMENT), List.of(
        sentence(0, text, 0, s2 - 1, 0.6, 0.3, 0.1, 0, 0),
        sentence(1, text, s2, P1.length(), 0, 0.1, 0.2, 0.3, 0.4),
        sentence(2, text, p2, text.length())), List.of());
  }

  @Test
  void uncalibratedCoreNlpScoresFromTheDistributionAndCappedSentencesFromTheLexicon() {
    Article article = twoSections();
    SentimentResult r = PROVIDER.create(config("calibrated", "false")).analyze(context(article, nlp(article)));

    assertThat(r.model()).isEqualTo("corenlp");
    assertThat(r.calibration()).isNull();
    assertThat(r.sentences()).hasSize(3);
    SentenceSentiment first = r.sentences().get(0);
    assertThat(first.label()).isEqualTo(SentimentLabel.VERY_NEGATIVE);
    assertThat(first.score()).isEqualTo(-0.75);
    assertThat(first.model()).isEqualTo("corenlp");
    assertThat(first.polarity()).containsExactly(0.9, 0.1, 0.0);
    assertThat(first.capped()).isNull();
    assertThat(first.voice()).isEqualTo(Voice.AUTHOR);
    assertThat(r.sentences().get(1).voice()).isEqualTo(Voice.QUOTED);

    SentenceSentiment capped = r.sentences().get(2);
    assertThat(capped.capped()).isTrue();
    assertThat(capped.model()).isEqualTo("lexicon");
    assertThat(capped.label()).isIn(SentimentLabel.NEGATIVE, SentimentLabel.VERY_NEGATIVE);
    assertThat(capped.score()).isNegative();
    assertThat(capped.distribution()).hasSize(5);
    double expected = 0;
    for (int i = 0; i < 5; i++) {
      expected += capped.distribution().get(i) * (i - 2) / 2;
    }
    assertThat(capped.score()).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-3));

    assertThat(r.paragraphs()).hasSize(2);
    assertThat(r.sections()).extracting(SentimentResult.SectionSentiment::heading).containsExactly("One", "Two");
    assertThat(r.sections().get(1).label()).isIn(SentimentLabel.NEGATIVE, SentimentLabel.VERY_NEGATIVE);
    assertThat(r.arc()).hasSize(3);
    assertThat(r.document().magnitude()).isPositive();
    SpanAssertions.assertAllSpansWithin(article, r);
  }

  @Test
  void calibratedLabelsComeFromThreeClassProbabilities() {
    Article article = twoSections();
    SentimentResult r = PROVIDER.create(config()).analyze(context(article, nlp(article)));

    assertThat(r.calibration()).isEqualTo(Calibration.shared().name());
    for (SentenceSentiment s : r.sentences()) {
      assertThat(s.polarity()).hasSize(3);
      assertThat(s.polarity().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-3));
      assertThat(s.score()).isCloseTo(s.polarity().get(2) - s.polarity().get(0),
          org.assertj.core.api.Assertions.within(1e-3));
      int top = SentenceScorer.argmax(s.polarity().stream().mapToDouble(Double::doubleValue).toArray());
      assertThat(Polarity.of(s.label()).ordinal()).isEqualTo(top);
      assertThat(s.distribution()).hasSize(5);
    }
    assertThat(r.sentences().get(0).distribution()).containsExactly(0.6, 0.3, 0.1, 0.0, 0.0);
  }

  @Test
  void veryLabelsNeedAStrongScore() {
    assertThat(SentenceScorer.label(0, -0.7)).isEqualTo(SentimentLabel.VERY_NEGATIVE);
    assertThat(SentenceScorer.label(0, -0.3)).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(SentenceScorer.label(1, -0.3)).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(SentenceScorer.label(2, 0.59)).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(SentenceScorer.label(2, 0.6)).isEqualTo(SentimentLabel.VERY_POSITIVE);
  }

  @Test
  void lexiconModeNeedsTokensOnlyAndScoresEverySentence() {
    FakeNlpEngine engine = new FakeNlpEngine();
    Pipeline pipeline = Pipeline.builder().nlpEngine(engine).analyzers("sentiment")
        .option("sentiment.model", "lexicon").build();
    assertThat(pipeline.nlpLayers()).containsExactly(NlpLayer.TOKENS);

    Article article = TestArticles.english();
    AnalysisReport report = pipeline.analyze(article);
    SentimentResult r = (SentimentResult) report.results().get("sentiment");

    assertThat(engine.requestedLayers()).containsExactly(Set.of(NlpLayer.TOKENS));
    assertThat(r.model()).isEqualTo("lexicon");
    assertThat(r.sentences()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.label()).isNotNull();
      assertThat(s.score()).isBetween(-1.0, 1.0);
      assertThat(s.distribution()).hasSize(5);
      assertThat(s.model()).isEqualTo("lexicon");
      assertThat(s.capped()).isNull();
    });
    assertThat(r.paragraphs()).hasSize(article.paragraphs().size());
    assertThat(r.sections()).hasSize(article.sections().size());
    assertThat(r.arc()).hasSize(r.sentences().size());
    assertThat(SpanAssertions.assertAllSpansWithin(article, r)).isGreaterThan(r.sentences().size());
    // "a great success" vs "a terrible time"
    String text = article.text();
    SentenceSentiment praise = r.sentences().stream()
        .filter(s -> text.substring(s.begin(), s.end()).contains("great success")).findFirst().orElseThrow();
    SentenceSentiment complaint = r.sentences().stream()
        .filter(s -> text.substring(s.begin(), s.end()).contains("terrible time")).findFirst().orElseThrow();
    assertThat(praise.score()).isGreaterThan(complaint.score());
  }

  @Test
  void coreNlpModeRequiresTheSentimentLayerAndLexiconModeDoesNot() {
    assertThat(PROVIDER.requires(config())).contains(NlpLayer.SENTIMENT);
    assertThat(PROVIDER.requires(config("model", "corenlp"))).contains(NlpLayer.SENTIMENT);
    assertThat(PROVIDER.requires(config("model", "lexicon"))).containsExactly(NlpLayer.TOKENS);
    assertThat(PROVIDER.requires(config("model", "LEXICON"))).containsExactly(NlpLayer.TOKENS);
  }

  @Test
  void coreNlpModeWithFakeEngineAnalyzesEveryLevel() {
    FakeNlpEngine engine = new FakeNlpEngine();
    Pipeline pipeline = Pipeline.builder().nlpEngine(engine).analyzers("sentiment").build();
    Article article = TestArticles.english();
    SentimentResult r = (SentimentResult) pipeline.analyze(article).results().get("sentiment");
    assertThat(engine.requestedLayers()).hasSize(1);
    assertThat(engine.requestedLayers().get(0)).contains(NlpLayer.SENTIMENT);
    assertThat(r.sentences()).allSatisfy(s -> {
      assertThat(s.model()).isEqualTo("corenlp");
      assertThat(s.label()).isNotNull();
    });
    assertThat(r.document().label()).isNotNull();
    SpanAssertions.assertAllSpansWithin(article, r);
    // one entry per paragraph and per section, on their spans, each scored within its sentences' range
    assertThat(r.paragraphs()).extracting(p -> new Span(p.begin(), p.end()))
        .containsExactlyElementsOf(article.paragraphs().stream().map(Paragraph::span).toList());
    assertThat(r.sections()).extracting(x -> new Span(x.begin(), x.end()))
        .containsExactlyElementsOf(article.sections().stream().map(Section::span).toList());
    assertThat(r.sections()).extracting(SentimentResult.SectionSentiment::heading)
        .containsExactlyElementsOf(article.sections().stream().map(Section::heading).toList());
    for (SentimentResult.ParagraphSentiment p : r.paragraphs()) {
      List<Double> inside = r.sentences().stream().filter(x -> x.begin() >= p.begin() && x.end() <= p.end())
          .map(SentimentResult.SentenceSentiment::score).toList();
      assertThat(inside).as("sentences of paragraph %s-%s", p.begin(), p.end()).isNotEmpty();
      assertThat(p.label()).isNotNull();
      assertThat(p.score()).isBetween(inside.stream().min(Double::compare).orElseThrow() - 1e-9,
          inside.stream().max(Double::compare).orElseThrow() + 1e-9);
    }
    assertThat(r.sections()).allSatisfy(x -> assertThat(x.label()).isNotNull());
    assertThat(r.paragraphs().stream().map(SentimentResult.ParagraphSentiment::label).distinct().count())
        .as("the fake engine's positive and negative paragraphs are told apart").isGreaterThan(1);
  }

  @Test
  void aModelPluginScoresAllSentencesOfAnArticleInOneCallWithoutCalibration() {
    assertThat(PROVIDER.requires(config("model", "fake"))).containsExactly(NlpLayer.TOKENS);
    assertThat(PROVIDER.requires(config())).as("auto: a plugin of rank 0 does not replace corenlp")
        .contains(NlpLayer.SENTIMENT);
    Pipeline pipeline = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("sentiment")
        .option("sentiment.model", "Fake").build();
    Article article = Article.builder().language("en").paragraph("A good plan. A bad plan. A plan.").build();
    int before = FakeSentenceModelProvider.calls;
    SentimentResult r = (SentimentResult) pipeline.analyze(article).results().get("sentiment");
    assertThat(FakeSentenceModelProvider.calls - before).isEqualTo(1);
    assertThat(r.model()).isEqualTo("fake");
    assertThat(r.calibration()).isNull();
    assertThat(r.sentences()).extracting(SentenceSentiment::label)
        .containsExactly(SentimentLabel.POSITIVE, SentimentLabel.VERY_NEGATIVE, SentimentLabel.NEUTRAL);
    SentenceSentiment good = r.sentences().get(0);
    assertThat(good.model()).isEqualTo("fake");
    assertThat(good.polarity()).containsExactly(0.1, 0.3, 0.6);
    assertThat(good.score()).isEqualTo(0.5);
    assertThat(good.distribution()).hasSize(5);
    SpanAssertions.assertAllSpansWithin(article, r);
  }

  @Test
  void emptyArticleGivesANeutralDocument() {
    Pipeline pipeline = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("sentiment")
        .option("sentiment.model", "lexicon").build();
    SentimentResult r = (SentimentResult) pipeline.analyze(TestArticles.empty()).results().get("sentiment");
    assertThat(r.sentences()).isEmpty();
    assertThat(r.arc()).isEmpty();
    assertThat(r.document().label()).isEqualTo(SentimentLabel.NEUTRAL);
  }

  @Test
  void providerIsRegisteredUnderItsName() {
    AnalyzerRegistry registry = AnalyzerRegistry.discover();
    assertThat(registry.lookup(SentimentAnalyzerProvider.NAME)).isInstanceOf(SentimentAnalyzerProvider.class);
  }

  @Test
  void rejectsUnknownOptionsAndModels() {
    assertThatThrownBy(() -> Config.parse(PROVIDER.name(), PROVIDER.options(), Map.of("modle", "x")))
        .hasMessageContaining("sentiment.modle").hasMessageContaining("sentiment.model");
    assertThatThrownBy(() -> PROVIDER.requires(config("model", "vader"))).hasMessageContaining("'vader'")
        .hasMessageContaining("corenlp").hasMessageContaining("lexicon").hasMessageContaining("fake")
        .hasMessageContaining("presslens-encoder-models");
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
      @Override
      public <T> T option(ConfigOption<T> option) {
        return option.defaultValue();
      }
    };
  }
}
