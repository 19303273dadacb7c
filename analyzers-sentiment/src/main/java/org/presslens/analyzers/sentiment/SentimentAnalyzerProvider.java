package org.presslens.analyzers.sentiment;

import java.util.List;
import java.util.Set;
import org.presslens.nlp.NlpLayer;
import org.presslens.result.SentimentResult;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;

/** Provides the {@code sentiment} analyzer: sentence, paragraph, section and document sentiment and the arc. */
public final class SentimentAnalyzerProvider implements AnalyzerProvider<SentimentResult> {

  public static final String NAME = "sentiment";

  /** Which sentence model to use. */
  public static final ConfigOption<String> MODEL = ConfigOption.choice("model", "corenlp",
      "sentence model: corenlp (CoreNLP's RNTN over shift-reduce parses)", "corenlp");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public String description() {
    return "Sentence, paragraph, section and document sentiment (label, score, magnitude) and the sentiment arc";
  }

  @Override
  public Class<SentimentResult> resultType() {
    return SentimentResult.class;
  }

  @Override
  public List<ConfigOption<?>> options() {
    return List.of(MODEL);
  }

  @Override
  public Set<Requirement> requires(Config config) {
    return Set.of(NlpLayer.TOKENS, NlpLayer.SENTIMENT);
  }

  @Override
  public Analyzer<SentimentResult> create(Config config) {
    return new SentimentAnalyzer(config.get(MODEL));
  }
}
