package org.presslens.analyzers.entities;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.analyzers.entities.sentiment.LinearTargetSentimentProvider;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigException;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ModelProviders;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * Provides the {@code entities} analyzer: the people, organisations, places and works of an article as canonical
 * entities with their mentions, salience and the sentiment expressed toward each.
 *
 * <p>Options ({@code entities.<key>}):
 * <ul>
 *   <li>{@code sentiment} (default true): entity-level sentiment with the targeted sentiment model. False: entities
 *       and salience only, from NER alone.</li>
 *   <li>{@code sentimentModel} (default {@code auto}): the targeted sentiment model plugin
 *       ({@link TargetSentimentModelProvider}) by name: {@code linear} (shipped here; needs the NLP layers parse and
 *       sentiment), {@code encoder} (the jar {@code presslens-encoder-models}), or {@code auto}, the highest-ranked
 *       one on the class path (the encoder when its jar is there).</li>
 *   <li>{@code model} (default: the shipped model): a linear targeted sentiment model file written by
 *       {@code presslens train entity-sentiment} (implies {@code sentimentModel} linear).</li>
 *   <li>{@code nameTagger} (default {@code auto}): the name tagger plugin ({@link NameTaggerProvider}) combined with
 *       the NER layer by name: {@code encoder} (the jar {@code presslens-encoder-models}), {@code none} (the NER
 *       layer's mentions as they are), or {@code auto}, the highest-ranked one on the class path ({@code none} when
 *       there is none).</li>
 * </ul>
 */
public final class EntitiesAnalyzerProvider implements AnalyzerProvider<EntitiesResult> {

  public static final String NAME = EntitiesResult.KEY.name();

  /** Whether to compute entity-level sentiment. */
  public static final ConfigOption<Boolean> SENTIMENT = ConfigOption.bool("sentiment", true,
      "entity-level sentiment from the targeted sentiment model (see sentimentModel); false: NER only");

  /** A model file to use instead of the shipped one. */
  public static final ConfigOption<String> MODEL = ConfigOption.string("model", "",
      "targeted sentiment model file (from 'presslens train entity-sentiment'); empty: the shipped model");

  /** Which targeted sentiment model plugin to use. */
  public static final ConfigOption<String> SENTIMENT_MODEL = ConfigOption.string("sentimentModel",
      ModelProviders.AUTO, "targeted sentiment model: linear, encoder (jar presslens-encoder-models) or auto: "
          + "the best one on the class path");

  /** Which name tagger plugin to combine with the NER layer. */
  public static final ConfigOption<String> NAME_TAGGER = ConfigOption.string("nameTagger", ModelProviders.AUTO,
      "name tagger combined with the NER layer: encoder (jar presslens-encoder-models), none (the NER layer alone) "
          + "or auto: the best one on the class path");

  /** The value of {@link #NAME_TAGGER} that uses the NER layer's mentions as they are. */
  public static final String NO_TAGGER = "none";

  /** Where the models that do not ship with the analyzer come from (for the message of an unknown name). */
  static final String MODELS_HINT = "the 'encoder' model comes with the jar presslens-encoder-models: "
      + "add it to the class path";

  /** Where the name taggers come from (for the message of an unknown name). */
  static final String TAGGERS_HINT = "the 'encoder' name tagger comes with the jar presslens-encoder-models: "
      + "add it to the class path, or use 'none'";

  private static final List<ConfigOption<?>> OPTIONS = List.of(SENTIMENT, MODEL, SENTIMENT_MODEL, NAME_TAGGER);

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
    Set<Requirement> layers = new LinkedHashSet<>();
    layers.add(NlpLayer.NER);
    if (config.get(SENTIMENT)) {
      layers.addAll(sentimentModel(config).requires());
    }
    nameTagger(config).ifPresent(t -> layers.addAll(t.requires()));
    return Set.copyOf(layers);
  }

  /** The heap of the selected targeted sentiment model (the linear model's is negligible) and name tagger. */
  @Override
  public long requiredHeapBytes(Config config) {
    return (config.get(SENTIMENT) ? sentimentModel(config).requiredHeapBytes() : 0)
        + nameTagger(config).map(NameTaggerProvider::requiredHeapBytes).orElse(0L);
  }

  @Override
  public Analyzer<EntitiesResult> create(Config config) {
    Optional<NameTaggerProvider> tagger = nameTagger(config);
    String taggerName = tagger.map(NameTaggerProvider::name).orElse(null);
    NameTaggerProvider.Model taggerModel = tagger.map(NameTaggerProvider::load).orElse(null);
    if (!config.get(SENTIMENT)) {
      return new EntitiesAnalyzer(null, null, taggerName, taggerModel);
    }
    return new EntitiesAnalyzer(sentimentModel(config).name(), loadSentimentModel(config), taggerName, taggerModel);
  }

  /**
   * The name tagger plugin that {@code config} selects; empty for {@code none}, and for {@code auto} when no tagger is
   * on the class path.
   *
   * @throws ConfigException when there is no tagger of the name chosen
   */
  public static Optional<NameTaggerProvider> nameTagger(Config config) {
    String choice = config.get(NAME_TAGGER);
    if (choice.equals(NO_TAGGER)) {
      return Optional.empty();
    }
    ModelProviders<NameTaggerProvider> taggers = ModelProviders.discover(NameTaggerProvider.class, "name tagger",
        TAGGERS_HINT);
    if (choice.equals(ModelProviders.AUTO) && taggers.names().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(taggers.choose(choice));
  }

  /** The targeted sentiment model that {@code config} selects, loaded (a model file is read as a linear model). */
  public static TargetSentimentModelProvider.Model loadSentimentModel(Config config) {
    String file = config.get(MODEL);
    return file.isBlank() ? sentimentModel(config).load() : LinearTargetSentimentProvider.load(Path.of(file));
  }

  /**
   * The targeted sentiment model plugin that {@code config} selects (a model file is a linear model).
   *
   * @throws ConfigException when there is no such plugin, or a model file goes with another plugin than linear
   */
  public static TargetSentimentModelProvider sentimentModel(Config config) {
    String choice = config.get(SENTIMENT_MODEL);
    if (!config.get(MODEL).isBlank()) {
      if (!choice.equals(ModelProviders.AUTO) && !choice.equals(LinearTargetSentimentProvider.NAME)) {
        throw new ConfigException("'entities.model' is a file of the linear model: it cannot go with "
            + "'entities.sentimentModel=" + choice + "'");
      }
      return new LinearTargetSentimentProvider();
    }
    return ModelProviders.discover(TargetSentimentModelProvider.class, "targeted sentiment model", MODELS_HINT)
        .choose(choice);
  }
}
