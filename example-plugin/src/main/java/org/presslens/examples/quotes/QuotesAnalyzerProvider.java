package org.presslens.examples.quotes;

import java.util.List;
import java.util.Set;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * The {@code quotes} analyzer: who is quoted, how often, with offsets. A plugin: listed in
 * {@code META-INF/services/org.presslens.spi.AnalyzerProvider} of its own jar, and found by presslens when that jar is
 * on the class path.
 *
 * <p>It asks the shared NLP layer for named entities ({@link NlpLayer#NER}, which brings tokens and sentences), so it
 * costs no second CoreNLP run: the pipeline annotates each article once for all analyzers. With
 * {@code quotes.useEntities=true} it also requires the {@code entities} analyzer's result and names speakers by
 * their canonical entity names.
 */
public final class QuotesAnalyzerProvider implements AnalyzerProvider<QuotesResult> {

  /** Shortest quotation counted, in words: shorter ones are mostly scare quotes and titles. */
  static final ConfigOption<Integer> MIN_WORDS = ConfigOption.integer("minWords", 4, 1, 100,
      "shortest quotation counted, in words (shorter ones are mostly scare quotes)");

  /** Whether to name speakers with the entities analyzer's canonical names. */
  static final ConfigOption<Boolean> USE_ENTITIES = ConfigOption.bool("useEntities", false,
      "name speakers by the entities analyzer's canonical names (requires the entities analyzer)");

  static final ResultKey<EntitiesResult> ENTITIES = EntitiesResult.KEY;

  @Override
  public String name() {
    return QuotesResult.KEY.name();
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public String description() {
    return "Who is quoted, how often, with offsets (example plugin)";
  }

  @Override
  public Class<QuotesResult> resultType() {
    return QuotesResult.KEY.type();
  }

  @Override
  public List<ConfigOption<?>> options() {
    return List.of(MIN_WORDS, USE_ENTITIES);
  }

  @Override
  public Set<Requirement> requires(Config config) {
    return config.get(USE_ENTITIES) ? Set.of(NlpLayer.NER, ENTITIES) : Set.of(NlpLayer.NER);
  }

  @Override
  public Analyzer<QuotesResult> create(Config config) {
    return new QuotesAnalyzer(config.get(MIN_WORDS), config.get(USE_ENTITIES));
  }
}
