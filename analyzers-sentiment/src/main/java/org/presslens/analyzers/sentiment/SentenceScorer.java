package org.presslens.analyzers.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;
import org.presslens.nlp.SentimentLabel;
import org.presslens.nlp.Token;

/**
 * Scores one sentence with the configured model, falling back to the lexicon model for a sentence CoreNLP did not
 * score (longer than the parser's cap), and applies the calibration when there is one:
 * <ul>
 *   <li>uncalibrated: {@code label} is the most probable of the five classes, {@code score} the expected class
 *       {@code sum(p_i * (i - 2)) / 2}, {@code confidence} the top probability, {@code polarity}
 *       {@code [p0 + p1, p2, p3 + p4]};</li>
 *   <li>calibrated: {@code polarity} is the calibration's P(negative), P(neutral), P(positive); {@code score} is
 *       {@code P(positive) - P(negative)}; {@code label} the most probable of the three, VERY_NEGATIVE / VERY_POSITIVE
 *       when also {@code |score| >= 0.6}; {@code confidence} the top probability.</li>
 * </ul>
 * {@code distribution} is always the sentence model's own five-class output (for the lexicon model, derived from its
 * score: {@link LexiconModel#distribution}). Thread-safe.
 */
public final class SentenceScorer {
  public static final String CORENLP = "corenlp";
  public static final String LEXICON = "lexicon";
  static final double VERY = 0.6;

  private final String model;
  private final Calibration calibration;
  private final LexiconModel lexicon;
  private final SentenceSentimentModelProvider.Model plugin;

  /**
   * @param model       {@value #CORENLP}, {@value #LEXICON} or the name of {@code plugin}
   * @param calibration the calibration, or null for none (not used with a plugin)
   * @param plugin      a model plugin, or null for the built-in models
   */
  SentenceScorer(String model, Calibration calibration, LexiconModel lexicon,
                 SentenceSentimentModelProvider.Model plugin) {
    if (plugin == null && !model.equals(CORENLP) && !model.equals(LEXICON)) {
      throw new IllegalArgumentException("unknown sentiment model '" + model + "'");
    }
    this.model = model;
    this.calibration = calibration;
    this.lexicon = lexicon;
    this.plugin = plugin;
  }

  /** Every sentence of {@code nlp}, in order: a plugin's in one call, the built-in models one by one. */
  List<Scored> scoreAll(NlpDocument nlp) {
    List<Sentence> sentences = nlp.sentences();
    List<Scored> out = new ArrayList<>(sentences.size());
    if (plugin == null) {
      sentences.forEach(s -> out.add(score(s)));
      return out;
    }
    List<PolarityProbabilities> p = sentences.isEmpty() ? List.of()
        : plugin.predict(nlp, sentences);
    if (p.size() != sentences.size()) {
      throw new IllegalStateException("sentiment model '" + model + "' returned " + p.size() + " predictions for "
          + sentences.size() + " sentences");
    }
    for (PolarityProbabilities q : p) {
      out.add(ofPolarity(q.toArray()));
    }
    return out;
  }

  /**
   * A plugin's three probabilities as a scored sentence, as calibrated ones are; the five-class distribution is
   * derived from the score as the lexicon model's is.
   */
  private Scored ofPolarity(double[] q) {
    int top = argmax(q);
    double score = q[2] - q[0];
    return new Scored(model, label(top, score), score, q[top], LexiconModel.distribution(score), q, false);
  }

  /**
   * A scored sentence.
   *
   * @param model    the model that scored it: {@value #CORENLP}, {@value #LEXICON} or a plugin's name
   * @param capped   whether CoreNLP was asked but the sentence was over the parser's cap
   * @param polarity P(negative), P(neutral), P(positive)
   */
  record Scored(String model, SentimentLabel label, double score, double confidence,
                SentimentDistribution distribution, double[] polarity, boolean capped) {
  }

  Scored score(Sentence sentence) {
    LexiconModel.Score lex = lexicon.score(texts(sentence.tokens()));
    boolean byCoreNlp = model.equals(CORENLP) && sentence.sentiment() != null;
    SentimentDistribution d = byCoreNlp ? sentence.sentiment() : LexiconModel.distribution(lex.compound());
    boolean capped = model.equals(CORENLP) && sentence.parseCapped();
    String used = byCoreNlp ? CORENLP : LEXICON;
    if (calibration == null) {
      List<Double> p = d.probabilities();
      double score = byCoreNlp ? d.score() : lex.compound();
      return new Scored(used, SentimentLabel.ofClass(d.argmax()), score, p.get(d.argmax()), d,
          new double[] {p.get(0) + p.get(1), p.get(2), p.get(3) + p.get(4)}, capped);
    }
    double[] q = byCoreNlp ? calibration.corenlp().probabilities(SentenceFeatures.corenlp(sentence, lex))
        : calibration.lexicon().probabilities(SentenceFeatures.lexicon(lex, sentence.tokens().size()));
    int top = argmax(q);
    double score = q[2] - q[0];
    return new Scored(used, label(top, score), score, q[top], d, q, capped);
  }

  /** The label of the most probable of the three classes, made VERY_ when the score is also beyond +-0.6. */
  static SentimentLabel label(int topClass, double score) {
    return switch (topClass) {
      case 0 -> score <= -VERY ? SentimentLabel.VERY_NEGATIVE : SentimentLabel.NEGATIVE;
      case 2 -> score >= VERY ? SentimentLabel.VERY_POSITIVE : SentimentLabel.POSITIVE;
      default -> SentimentLabel.NEUTRAL;
    };
  }

  public static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  public static List<String> texts(List<Token> tokens) {
    List<String> texts = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      texts.add(t.text());
    }
    return texts;
  }
}
