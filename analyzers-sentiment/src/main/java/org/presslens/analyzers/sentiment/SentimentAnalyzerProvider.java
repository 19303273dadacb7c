package org.presslens.analyzers.sentiment;

import java.util.List;
import java.util.Set;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * Provides the {@code sentiment} analyzer: sentence, paragraph, section and document sentiment and the arc. Options:
 * {@code sentiment.model} ({@code corenlp}: CoreNLP's RNTN over shift-reduce parses, needs the parser;
 * {@code lexicon}: VADER-style lexicon model on tokens only, no parser) and {@code sentiment.calibrated} (map model
 * outputs to labels with the calibration fitted on news, default true). See docs/sentiment.md.
 */
public final class SentimentAnalyzerProvider implements AnalyzerProvider<SentimentResult> {

  public static final String NAME = SentimentResult.KEY.name();

  /** Which sentence model to use. */
  public static final ConfigOption<String> MODEL = ConfigOption.choice("model", SentenceScorer.CORENLP,
      "sentence model: corenlp (CoreNLP's RNTN over shift-reduce parses; sentences over nlp.parseMaxTokens are"
          + " scored by the lexicon model) or lexicon (VADER-style lexicon model on tokens only: no parser, >20x faster)",
      SentenceScorer.CORENLP, SentenceScorer.LEXICON);

  /** Whether to map the model's output to labels and scores with the calibration fitted on news. */
  public static final ConfigOption<Boolean> CALIBRATED = ConfigOption.bool("calibrated", true,
      "true: labels and scores from the calibration fitted on news (NewsMTSC train); false: the model's raw"
          + " five-class argmax and expected score");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return "0.2.0";
  }

  @Override
  public String description() {
    return "Sentence, paragraph, section and document sentiment (label, score, magnitude) and the sentiment arc";
  }

  @Override
  public Class<SentimentResult> resultType() {
    return SentimentResult.KEY.type();
  }

  @Override
  public ResultKey<SentimentResult> resultKey() {
    return SentimentResult.KEY;
  }

  @Override
  public List<ConfigOption<?>> options() {
    return List.of(MODEL, CALIBRATED);
  }

  /** {@code lexicon} needs tokens only; {@code corenlp} needs the sentiment layer (and so the parser). */
  @Override
  public Set<Requirement> requires(Config config) {
    return isLexicon(config) ? Set.of(NlpLayer.TOKENS) : Set.of(NlpLayer.TOKENS, NlpLayer.SENTIMENT);
  }

  @Override
  public Analyzer<SentimentResult> create(Config config) {
    return new SentimentAnalyzer(config.get(MODEL), config.get(CALIBRATED) ? Calibration.shared() : null,
        LexiconModel.shared());
  }

  private static boolean isLexicon(Config config) {
    return SentenceScorer.LEXICON.equals(config.get(MODEL));
  }
}
