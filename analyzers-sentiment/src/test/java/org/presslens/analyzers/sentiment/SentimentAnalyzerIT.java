package org.presslens.analyzers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.sentiment.api.SentimentResult.SentenceSentiment;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.testing.SpanAssertions;

/** The analyzer on the real CoreNLP layer, on the bundled sample op-ed (and the shared one when present). */
class SentimentAnalyzerIT {

  private static final Article SAMPLE = ArticleReaders.read(SharedPipelines.repoFile("samples/op-ed-tram-line.txt"));

  private static SentimentResult analyze(Pipeline pipeline, Article article) {
    AnalysisReport report = pipeline.analyze(article);
    assertThat(report.failures()).isEmpty();
    return (SentimentResult) report.results().get("sentiment");
  }

  /** The Done-when checks of issue 3, for either model. */
  private static void assertComplete(Article article, SentimentResult r, String model) {
    assertThat(r.model()).isEqualTo(model);
    assertThat(r.sentences()).hasSizeGreaterThan(10);
    for (SentenceSentiment s : r.sentences()) {
      assertThat(s.label()).as("label of %s", s).isNotNull();
      assertThat(s.score()).as("score of %s", s).isNotNull().isBetween(-1.0, 1.0);
      assertThat(s.distribution()).as("distribution of %s", s).hasSize(5);
      assertThat(s.polarity()).hasSize(3);
      assertThat(s.voice()).isNotNull();
      assertThat(s.begin()).isLessThan(s.end());
    }
    assertThat(r.paragraphs()).hasSize(article.paragraphs().size())
        .allSatisfy(p -> assertThat(p.label()).isNotNull());
    assertThat(r.sections()).hasSize(article.sections().size()).allSatisfy(s -> assertThat(s.label()).isNotNull());
    assertThat(r.document().label()).isNotNull();
    assertThat(r.document().score()).isBetween(-1.0, 1.0);
    assertThat(r.document().magnitude()).isPositive();
    assertThat(r.arc().size()).isGreaterThanOrEqualTo(r.sentences().size());
    assertThat(r.arc()).allSatisfy(p -> assertThat(p.position()).isBetween(0.0, 1.0));
    int spans = SpanAssertions.assertAllSpansWithin(article, r);
    assertThat(spans).isEqualTo(r.sentences().size() + r.paragraphs().size() + r.sections().size());
    // every sentence lies inside one paragraph
    assertThat(r.sentences()).allSatisfy(s -> assertThat(article.paragraphs())
        .anySatisfy(p -> assertThat(p.begin() <= s.begin() && s.end() <= p.end()).isTrue()));
  }

  @Test
  void coreNlpModeScoresEveryLevelOfTheSampleOpEdInOneNlpCall() {
    long before = SharedPipelines.CORENLP_ENGINE.annotateCalls();
    SentimentResult r = analyze(SharedPipelines.CORENLP, SAMPLE);
    assertThat(SharedPipelines.CORENLP_ENGINE.annotateCalls() - before).isEqualTo(1);
    assertComplete(SAMPLE, r, "corenlp");
    assertThat(r.sentences()).anySatisfy(s -> assertThat(s.model()).isEqualTo("corenlp"));
    assertThat(r.sentences()).filteredOn(s -> Boolean.TRUE.equals(s.capped()))
        .allSatisfy(s -> assertThat(s.model()).isEqualTo("lexicon"));
    assertThat(r.calibration()).isEqualTo(Calibration.shared().name());
    assertThat(SharedPipelines.CORENLP_ENGINE.loadedAnnotatorSets()).anyMatch(s -> s.contains("sentiment"));
  }

  @Test
  void coreNlpModeScoresASentenceOverTheParseCapWithTheLexicon() {
    StringBuilder longSentence = new StringBuilder("The council's terrible plan");
    for (int i = 0; i < 45; i++) {
      longSentence.append(", and then it met again");
    }
    Article article = Article.builder().language("en").paragraph("The tram is a wonderful idea.")
        .paragraph(longSentence + ".").build();
    SentimentResult r = analyze(SharedPipelines.CORENLP, article);
    assertThat(r.sentences()).hasSize(2);
    SentenceSentiment capped = r.sentences().get(1);
    assertThat(capped.capped()).isTrue();
    assertThat(capped.model()).isEqualTo("lexicon");
    assertThat(capped.label()).isNotNull();
    assertThat(capped.distribution()).hasSize(5);
    assertThat(r.sentences().get(0).model()).isEqualTo("corenlp");
    SpanAssertions.assertAllSpansWithin(article, r);
  }

  @Test
  void coreNlpModeOnTheSharedOpEd() {
    Path opEd = SharedPipelines.sharedFile("samples/op-ed-putin-kim-summit.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(opEd != null, "shared op-ed not present");
    Article article = ArticleReaders.read(opEd);
    assertComplete(article, analyze(SharedPipelines.CORENLP, article), "corenlp");
  }

  @Test
  void lexiconModeRunsWithoutAnyParserAnnotator() {
    SentimentResult r = analyze(SharedPipelines.LEXICON, SAMPLE);
    assertComplete(SAMPLE, r, "lexicon");
    assertThat(r.sentences()).allSatisfy(s -> {
      assertThat(s.model()).isEqualTo("lexicon");
      assertThat(s.capped()).isNull();
    });
    assertThat(SharedPipelines.LEXICON.nlpLayers()).containsExactly(org.presslens.nlp.NlpLayer.TOKENS);
    assertThat(SharedPipelines.LEXICON_ENGINE.loadedAnnotatorSets()).containsExactly("tokenize");
    assertThat(SharedPipelines.LEXICON_ENGINE.loadedAnnotatorSets())
        .noneMatch(s -> s.contains("parse") || s.contains("sentiment") || s.contains("pos"));
  }

  @Test
  void bothModelsSplitTheArticleIntoTheSameSentences() {
    List<SentenceSentiment> a = analyze(SharedPipelines.CORENLP, SAMPLE).sentences();
    List<SentenceSentiment> b = analyze(SharedPipelines.LEXICON, SAMPLE).sentences();
    assertThat(b).extracting(SentenceSentiment::begin).isEqualTo(a.stream().map(SentenceSentiment::begin).toList());
  }
}
