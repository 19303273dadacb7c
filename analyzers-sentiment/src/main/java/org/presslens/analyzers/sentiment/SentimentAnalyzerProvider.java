package org.presslens.analyzers.sentiment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ModelProviders;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * Provides the {@code sentiment} analyzer: sentence, paragraph, section and document sentiment and the arc. Options:
 * {@code sentiment.model} ({@code corenlp}: CoreNLP's RNTN over shift-reduce parses, needs the parser;
 * {@code lexicon}: VADER-style lexicon model on tokens only, no parser; a model plugin
 * ({@link SentenceSentimentModelProvider}) by name, such as {@code encoder}; {@code auto}, the default: the
 * highest-ranked plugin on the class path, else {@code corenlp}) and {@code sentiment.calibrated} (map model
 * outputs to labels with the calibration fitted on news, default true). See docs/sentiment.md.
 */
public final class SentimentAnalyzerProvider implements AnalyzerProvider<SentimentResult> {

  public static final String NAME = SentimentResult.KEY.name();

  /** Which sentence model to use. */
  public static final ConfigOption<String> MODEL = ConfigOption.string("model", ModelProviders.AUTO,
      "sentence model: corenlp (CoreNLP's RNTN over shift-reduce parses; sentences over nlp.parseMaxTokens are"
          + " scored by the lexicon model), lexicon (VADER-style lexicon model on tokens only: no parser, >20x faster),"
          + " encoder (jar presslens-encoder-models) or auto: the best model plugin on the class path, else corenlp");

  /** Where the models that do not ship with the analyzer come from (for the message of an unknown name). */
  static final String MODELS_HINT = "the 'encoder' model comes with the jar presslens-encoder-models: "
      + "add it to the class path";

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

  /**
   * {@code lexicon} needs tokens only; {@code corenlp} needs the sentiment layer (and so the parser); a plugin needs
   * tokens and what it {@linkplain SentenceSentimentModelProvider#requires() requires}.
   */
  @Override
  public Set<Requirement> requires(Config config) {
    String model = builtIn(config);
    if (model == null) {
      Set<Requirement> layers = new LinkedHashSet<>();
      layers.add(NlpLayer.TOKENS);
      layers.addAll(plugin(config).requires());
      return Set.copyOf(layers);
    }
    return model.equals(SentenceScorer.LEXICON) ? Set.of(NlpLayer.TOKENS)
        : Set.of(NlpLayer.TOKENS, NlpLayer.SENTIMENT);
  }

  @Override
  public Analyzer<SentimentResult> create(Config config) {
    String model = builtIn(config);
    if (model == null) {
      SentenceSentimentModelProvider p = plugin(config);
      return new SentimentAnalyzer(p.name(), null, LexiconModel.shared(), p.load());
    }
    return new SentimentAnalyzer(model, config.get(CALIBRATED) ? Calibration.shared() : null,
        LexiconModel.shared());
  }

  /**
   * The built-in model {@code config} selects, or null for a plugin: {@code auto} is the highest-ranked plugin when
   * its rank is above 0 (the built-in models' rank), else corenlp.
   */
  private static String builtIn(Config config) {
    String choice = choice(config);
    if (choice.equals(SentenceScorer.CORENLP) || choice.equals(SentenceScorer.LEXICON)) {
      return choice;
    }
    if (choice.equals(ModelProviders.AUTO)) {
      ModelProviders<SentenceSentimentModelProvider> plugins = plugins();
      if (plugins.names().isEmpty() || plugins.choose(ModelProviders.AUTO).rank() <= 0) {
        return SentenceScorer.CORENLP;
      }
    }
    return null;
  }

  private static String choice(Config config) {
    return config.get(MODEL).trim().toLowerCase(Locale.ROOT);
  }

  private static SentenceSentimentModelProvider plugin(Config config) {
    return plugins().choose(choice(config));
  }

  private static ModelProviders<SentenceSentimentModelProvider> plugins() {
    return ModelProviders.discover(SentenceSentimentModelProvider.class,
        "sentence sentiment model (built in: corenlp, lexicon)", MODELS_HINT);
  }
}
