package org.presslens.analyzers.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentLabel;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.spi.AnalysisContext;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;

/**
 * Fakes of the {@code entities} and {@code sentiment} analyzers over {@link FakeNlpEngine}, and a pipeline that
 * runs them with the real {@code stance} analyzer. No models, no CoreNLP.
 */
final class Fixtures {

  private Fixtures() {
  }

  /** Entities: NER mentions of one text and type are one entity; every mention's voice from {@link QuoteSpans}. */
  static EntitiesResult entities(AnalysisContext ctx) {
    QuoteSpans quotes = QuoteSpans.of(ctx.article());
    Map<String, List<EntitiesResult.Mention>> byName = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    for (EntityMention m : ctx.nlp().mentions()) {
      if (m.type().equals("NUMBER")) {
        continue;
      }
      byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(new EntitiesResult.Mention(m.begin(), m.end(),
          m.text(), EntitiesResult.MentionKind.NAME, quotes.voiceOf(new Span(m.begin(), m.end()))));
      types.put(m.text(), m.type());
    }
    List<EntitiesResult.Entity> out = new ArrayList<>();
    byName.forEach((name, mentions) -> out.add(new EntitiesResult.Entity(
        types.get(name).toLowerCase() + ":" + name.toLowerCase().replace(' ', '-'), name, types.get(name), null,
        null, mentions, null)));
    return new EntitiesResult(out);
  }

  /** Sentiment: the fake layer's sentence scores, with voices. */
  static SentimentResult sentiment(AnalysisContext ctx) {
    QuoteSpans quotes = QuoteSpans.of(ctx.article());
    List<SentimentResult.SentenceSentiment> sentences = new ArrayList<>();
    for (Sentence s : ctx.nlp().sentences()) {
      double score = s.sentiment() == null ? 0 : s.sentiment().score();
      sentences.add(new SentimentResult.SentenceSentiment(s.begin(), s.end(), SentimentLabel.ofScore(score), score,
          null, quotes.voiceOf(new Span(s.begin(), s.end())), null));
    }
    return new SentimentResult("fake", new SentimentResult.DocumentSentiment(SentimentLabel.NEUTRAL, 0, 0, 0),
        List.of(), List.of(), sentences, List.of());
  }

  static AnalyzerRegistry registry() {
    return AnalyzerRegistry.of(
        FakeAnalyzerProvider.builder("entities", EntitiesResult.class).requires(NlpLayer.NER)
            .analyze(Fixtures::entities).build(),
        FakeAnalyzerProvider.builder("sentiment", SentimentResult.class).requires(NlpLayer.SENTIMENT)
            .analyze(Fixtures::sentiment).build(),
        new StanceAnalyzerProvider());
  }

  static Pipeline pipeline(Map<String, Object> options) {
    return Pipeline.builder().registry(registry()).nlpEngine(new FakeNlpEngine()).options(options).build();
  }

  static Article article(String... paragraphs) {
    Article.Builder b = Article.builder().language("en");
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    return b.build();
  }
}
