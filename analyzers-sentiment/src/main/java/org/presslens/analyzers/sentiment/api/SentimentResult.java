package org.presslens.analyzers.sentiment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.presslens.analysis.Voice;
import org.presslens.nlp.SentimentLabel;
import org.presslens.spi.ResultKey;

/**
 * The {@code sentiment} analyzer's result: sentiment of every sentence, aggregated per paragraph, section and
 * document, and the smoothed arc through the article. Every {@code begin}/{@code end} is an end-exclusive char
 * offset into the article text.
 *
 * @param model      the sentence model, {@code corenlp} or {@code lexicon}
 * @param document   the whole article
 * @param sections   one entry per section, in order
 * @param paragraphs one entry per paragraph, in order
 * @param sentences  one entry per sentence, in order
 * @param arc         the smoothed sentence scores by relative position 0..1
 * @param calibration the name of the calibration that mapped sentence model outputs to labels and scores (e.g.
 *                    {@code newsmtsc-train}), or {@code null} (omitted) when uncalibrated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SentimentResult(String model, DocumentSentiment document, List<SectionSentiment> sections,
                              List<ParagraphSentiment> paragraphs, List<SentenceSentiment> sentences,
                              List<ArcPoint> arc, String calibration) {

  /** The key under which the {@code sentiment} analyzer publishes this result; require it and read it with it. */
  public static final ResultKey<SentimentResult> KEY = ResultKey.of("sentiment", SentimentResult.class);

  public SentimentResult {
    sections = List.copyOf(sections);
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    arc = List.copyOf(arc);
  }

  /** An uncalibrated result. */
  public SentimentResult(String model, DocumentSentiment document, List<SectionSentiment> sections,
                         List<ParagraphSentiment> paragraphs, List<SentenceSentiment> sentences, List<ArcPoint> arc) {
    this(model, document, sections, paragraphs, sentences, arc, null);
  }

  /** Aggregate sentiment of the article; {@code confidence} in 0..1. */
  public record DocumentSentiment(SentimentLabel label, double score, double magnitude, double confidence) {
  }

  public record SectionSentiment(int begin, int end, String heading, SentimentLabel label, double score,
                                 double magnitude) {
  }

  public record ParagraphSentiment(int begin, int end, SentimentLabel label, double score, double magnitude) {
  }

  /**
   * One sentence. {@code distribution} is the five-class probability vector (very negative .. very positive) of the
   * model that scored the sentence. {@code capped} marks a sentence too long for the parser, scored by another model
   * or not at all (then label and score are null). {@code model} names the model that scored this sentence
   * ({@code corenlp} or {@code lexicon}); {@code polarity} is P(negative), P(neutral), P(positive).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SentenceSentiment(int begin, int end, SentimentLabel label, Double score, List<Double> distribution,
                                  Voice voice, Boolean capped, String model, List<Double> polarity) {

    public SentenceSentiment {
      distribution = distribution == null ? null : List.copyOf(distribution);
      polarity = polarity == null ? null : List.copyOf(polarity);
    }

    /** A sentence without {@code model} and {@code polarity}. */
    public SentenceSentiment(int begin, int end, SentimentLabel label, Double score, List<Double> distribution,
                             Voice voice, Boolean capped) {
      this(begin, end, label, score, distribution, voice, capped, null, null);
    }
  }

  public record ArcPoint(double position, double score) {
  }
}
