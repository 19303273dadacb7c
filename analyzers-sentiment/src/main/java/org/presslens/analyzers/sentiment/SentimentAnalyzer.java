package org.presslens.analyzers.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.SpanIndex;
import org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.sentiment.api.SentimentResult.ParagraphSentiment;
import org.presslens.analyzers.sentiment.api.SentimentResult.SectionSentiment;
import org.presslens.analyzers.sentiment.api.SentimentResult.SentenceSentiment;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Section;
import org.presslens.model.Span;
import org.presslens.nlp.Sentence;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;

/**
 * Scores every sentence ({@link SentenceScorer}: CoreNLP's distribution or the lexicon model, calibrated or not) and
 * aggregates them per paragraph, section and document, plus the arc ({@link Aggregation}). Every sentence gets a
 * label, score and distribution: in {@code corenlp} mode, sentences over the parser's cap are scored by the lexicon
 * model and marked {@code "capped": true, "model": "lexicon"}. Time linear in the article's length: the sentences of
 * a paragraph or section are found through a {@link SpanIndex}, the voice of a sentence through {@link QuoteSpans}.
 * Thread-safe.
 */
final class SentimentAnalyzer implements Analyzer<SentimentResult> {
  static final double ARC_SIGMA = 2.0;
  private final String model;
  private final SentenceScorer scorer;
  private final Calibration calibration;

  SentimentAnalyzer(String model, Calibration calibration, LexiconModel lexicon) {
    this(model, calibration, lexicon, null);
  }

  /** With a model plugin ({@code model} its name), or none ({@code plugin} null: the built-in models). */
  SentimentAnalyzer(String model, Calibration calibration, LexiconModel lexicon,
                    SentenceSentimentModelProvider.Model plugin) {
    this.model = model;
    this.calibration = plugin == null ? calibration : null;
    this.scorer = new SentenceScorer(model, this.calibration, lexicon, plugin);
  }

  @Override
  public SentimentResult analyze(AnalysisContext context) {
    Article article = context.article();
    QuoteSpans quotes = QuoteSpans.of(article);
    List<SentenceSentiment> sentences = new ArrayList<>();
    List<SentenceScore> scored = new ArrayList<>();
    List<Sentence> all = context.nlp().sentences();
    List<SentenceScorer.Scored> results = scorer.scoreAll(context.nlp());
    for (int i = 0; i < all.size(); i++) {
      Sentence s = all.get(i);
      Span span = new Span(s.begin(), s.end());
      SentenceScorer.Scored r = results.get(i);
      double score = Aggregation.round(r.score());
      sentences.add(new SentenceSentiment(s.begin(), s.end(), r.label(), score,
          r.distribution().probabilities().stream().map(Aggregation::round).toList(), quotes.voiceOf(span),
          r.capped() ? Boolean.TRUE : null, r.model(),
          Arrays.stream(r.polarity()).map(Aggregation::round).boxed().toList()));
      scored.add(new SentenceScore(span, s.tokens().size(), score, r.confidence()));
    }

    SpanIndex index = SpanIndex.of(scored.stream().map(SentenceScore::span).toList());
    List<ParagraphSentiment> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      Aggregation.Aggregate a = Aggregation.of(within(scored, index, p.span()));
      paragraphs.add(new ParagraphSentiment(p.begin(), p.end(), a.label(), a.score(), a.magnitude()));
    }
    List<SectionSentiment> sections = new ArrayList<>();
    for (Section s : article.sections()) {
      Aggregation.Aggregate a = Aggregation.of(within(scored, index, s.span()));
      sections.add(new SectionSentiment(s.begin(), s.end(), s.heading(), a.label(), a.score(), a.magnitude()));
    }
    Aggregation.Aggregate doc = Aggregation.of(scored);
    return new SentimentResult(model,
        new SentimentResult.DocumentSentiment(doc.label(), doc.score(), doc.magnitude(), doc.confidence()),
        sections, paragraphs, sentences, Aggregation.arc(scored, article.text().length(), ARC_SIGMA),
        calibration == null ? null : calibration.name());
  }

  /** The scored sentences inside {@code span}, in order ({@code index} is over their spans). */
  static List<SentenceScore> within(List<SentenceScore> scored, SpanIndex index, Span span) {
    List<SentenceScore> inside = new ArrayList<>();
    for (int i : index.within(span)) {
      inside.add(scored.get(i));
    }
    return inside;
  }
}
