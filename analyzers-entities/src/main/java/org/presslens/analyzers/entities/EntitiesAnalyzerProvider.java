package org.presslens.analyzers.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * Provides the {@code entities} analyzer: the people, organisations, places and works of an article as canonical
 * entities with their mentions, salience and the sentiment expressed toward each.
 *
 * <p>Options ({@code entities.<key>}):
 * <ul>
 *   <li>{@code sentiment} (default true): entity-level sentiment with the targeted sentiment model; needs the NLP
 *       layer's parse and sentiment. False: entities and salience only, from NER alone (much faster).</li>
 *   <li>{@code model} (default: the shipped model): a targeted sentiment model file written by
 *       {@code presslens train entity-sentiment}.</li>
 * </ul>
 */
public final class EntitiesAnalyzerProvider implements AnalyzerProvider<EntitiesResult> {

  public static final String NAME = EntitiesResult.KEY.name();

  /** Whether to compute entity-level sentiment. */
  public static final ConfigOption<Boolean> SENTIMENT = ConfigOption.bool("sentiment", true,
      "entity-level sentiment from the targeted sentiment model (needs parse + sentiment layers); false: NER only");

  /** A model file to use instead of the shipped one. */
  public static final ConfigOption<String> MODEL = ConfigOption.string("model", "",
      "targeted sentiment model file (from 'presslens train entity-sentiment'); empty: the shipped model");

  private static final List<ConfigOption<?>> OPTIONS = List.of(SENTIMENT, MODEL);

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
    return "Canonical entities (people, organisations, places, works) with mentions, salience and entity sentiment";
  }

  @Override
  public Class<EntitiesResult> resultType() {
    return EntitiesResult.KEY.type();
  }

  @Override
  public ResultKey<EntitiesResult> resultKey() {
    return EntitiesResult.KEY;
  }

  @Override
  public List<ConfigOption<?>> options() {
    return OPTIONS;
  }

  @Override
  public Set<Requirement> requires(Config config) {
    return config.get(SENTIMENT) ? Set.of(NlpLayer.NER, NlpLayer.SENTIMENT) : Set.of(NlpLayer.NER);
  }

  @Override
  public Analyzer<EntitiesResult> create(Config config) {
    if (!config.get(SENTIMENT)) {
      return new EntitiesAnalyzer(null);
    }
    String model = config.get(MODEL);
    return new EntitiesAnalyzer(model.isBlank() ? TargetSentimentModel.loadDefault()
        : TargetSentimentModel.load(Path.of(model)));
  }
}
