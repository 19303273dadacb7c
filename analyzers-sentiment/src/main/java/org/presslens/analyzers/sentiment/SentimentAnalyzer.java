package org.presslens.analyzers.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analysis.QuoteSpans;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Section;
import org.presslens.model.Span;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;
import org.presslens.result.SentimentLabel;
import org.presslens.result.SentimentResult;
import org.presslens.result.SentimentResult.ParagraphSentiment;
import org.presslens.result.SentimentResult.SectionSentiment;
import org.presslens.result.SentimentResult.SentenceSentiment;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;

/** Scores sentences from the shared NLP layer's sentiment distributions and aggregates them (see {@link Aggregation}). */
final class SentimentAnalyzer implements Analyzer<SentimentResult> {
  private static final double ARC_SIGMA = 2.0;
  private final String model;

  SentimentAnalyzer(String model) {
    this.model = model;
  }

  @Override
  public SentimentResult analyze(AnalysisContext context) {
    Article article = context.article();
    QuoteSpans quotes = QuoteSpans.of(article);
    List<SentenceSentiment> sentences = new ArrayList<>();
    List<SentenceScore> scored = new ArrayList<>();
    for (Sentence s : context.nlp().sentences()) {
      Span span = new Span(s.begin(), s.end());
      SentimentDistribution d = s.sentiment();
      if (d == null) {
        sentences.add(new SentenceSentiment(s.begin(), s.end(), null, null, null, quotes.voiceOf(span),
            s.parseCapped() ? Boolean.TRUE : null));
        continue;
      }
      double score = Aggregation.round(d.score());
      double confidence = d.probabilities().get(d.argmax());
      List<Double> distribution = d.probabilities().stream().map(Aggregation::round).toList();
      sentences.add(new SentenceSentiment(s.begin(), s.end(), SentimentLabel.ofClass(d.argmax()), score,
          distribution, quotes.voiceOf(span), null));
      scored.add(new SentenceScore(span, s.tokens().size(), score, confidence));
    }

    List<ParagraphSentiment> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      Aggregation.Aggregate a = Aggregation.of(within(scored, p.span()));
      paragraphs.add(new ParagraphSentiment(p.begin(), p.end(), a.label(), a.score(), a.magnitude()));
    }
    List<SectionSentiment> sections = new ArrayList<>();
    for (Section s : article.sections()) {
      Aggregation.Aggregate a = Aggregation.of(within(scored, s.span()));
      sections.add(new SectionSentiment(s.begin(), s.end(), s.heading(), a.label(), a.score(), a.magnitude()));
    }
    Aggregation.Aggregate doc = Aggregation.of(scored);
    return new SentimentResult(model,
        new SentimentResult.DocumentSentiment(doc.label(), doc.score(), doc.magnitude(), doc.confidence()),
        sections, paragraphs, sentences, Aggregation.arc(scored, article.text().length(), ARC_SIGMA));
  }

  private static List<SentenceScore> within(List<SentenceScore> scored, Span span) {
    return scored.stream().filter(s -> span.contains(s.span())).toList();
  }
}
