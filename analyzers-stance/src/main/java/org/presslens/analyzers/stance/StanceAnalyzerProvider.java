package org.presslens.analyzers.stance;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.analyzers.stance.claim.ClaimModel;
import org.presslens.analyzers.stance.topic.NgramTopicStanceProvider;
import org.presslens.analyzers.stance.topic.TopicModels;
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
 * Provides the {@code stance} analyzer: the author's stance toward entities (FAVOR / AGAINST / NONE, author voice
 * only), toward topics with a trained model (SemEval-2016), and toward claims (FNC-1: AGREE / DISAGREE / DISCUSS /
 * UNRELATED), each with evidence sentences. Requires the {@code entities} and {@code sentiment} results. See
 * docs/stance.md.
 */
public final class StanceAnalyzerProvider implements AnalyzerProvider<StanceResult> {

  public static final String NAME = StanceResult.KEY.name();

  public static final ResultKey<EntitiesResult> ENTITIES = EntitiesResult.KEY;
  public static final ResultKey<SentimentResult> SENTIMENT = SentimentResult.KEY;

  public static final ConfigOption<List<String>> TARGETS = ConfigOption.stringList("targets", List.of(),
      "entities to take the author's stance on, by name (default: the most salient people, organisations and"
          + " places; CLI --target)");
  public static final ConfigOption<List<String>> CLAIMS = ConfigOption.stringList("claims", List.of(),
      "claims or headlines to take the article's stance on: AGREE, DISAGREE, DISCUSS or UNRELATED (CLI --claim)");
  public static final ConfigOption<List<String>> TOPICS = ConfigOption.stringList("topics", List.of(),
      "topics with a trained model: abortion, atheism, climate, feminist, hillary, or those in topicModels"
          + " (CLI --topic)");
  public static final ConfigOption<Integer> ENTITY_COUNT = ConfigOption.integer("entities", 5, 0, 100,
      "how many of the most salient entities get a stance when no targets are given");
  public static final ConfigOption<String> TOPIC_MODELS = ConfigOption.string("topicModels", "",
      "a folder of topic models written by 'presslens train stance' (default: the shipped models)");
  /** Which topic stance model plugin to use. */
  public static final ConfigOption<String> TOPIC_MODEL = ConfigOption.string("topicModel",
      NgramTopicStanceProvider.NAME, "topic stance model: ngram (shipped here; stance.topicModels applies to it),"
          + " encoder (jar presslens-encoder-models: a head over the shared encoder layer) or encoder-ngram (the same"
          + " jar: a mixture of both)");

  /** Where the models that do not ship with the analyzer come from (for the message of an unknown name). */
  static final String MODELS_HINT = "the 'encoder' and 'encoder-ngram' models come with the jar "
      + "presslens-encoder-models: add it to the class path";

  public static final ConfigOption<String> CLAIM_MODEL = ConfigOption.string("claimModel", "",
      "a claim model written by 'presslens train stance --task claim' (default: the shipped model)");

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
    return "The author's stance (with evidence sentences) toward entities, topics and claims";
  }

  @Override
  public Class<StanceResult> resultType() {
    return StanceResult.KEY.type();
  }

  @Override
  public ResultKey<StanceResult> resultKey() {
    return StanceResult.KEY;
  }

  @Override
  public List<ConfigOption<?>> options() {
    return List.of(TARGETS, CLAIMS, TOPICS, ENTITY_COUNT, TOPIC_MODELS, TOPIC_MODEL, CLAIM_MODEL);
  }

  @Override
  public Set<Requirement> requires(Config config) {
    TopicStanceModelProvider plugin = topicPlugin(config);
    if (plugin == null) {
      List<String> missing = new ArrayList<>();
      TopicModels models = topicModels(config);
      for (String t : config.get(TOPICS)) {
        if (!models.has(t)) {
          missing.add(t);
        }
      }
      if (!missing.isEmpty()) {
        throw new ConfigException("stance: no topic model for " + missing + "; the shipped topics are "
            + TopicModels.SHIPPED + " (or train your own: presslens train stance, and set stance.topicModels)");
      }
      return Set.of(NlpLayer.TOKENS, NlpLayer.LEMMA, NlpLayer.PARSE, ENTITIES, SENTIMENT);
    }
    // the parse: entity stance reads who does what to whom (Roles), whatever sentence sentiment model is chosen
    Set<Requirement> required = new LinkedHashSet<>(List.of(NlpLayer.TOKENS, NlpLayer.LEMMA, NlpLayer.PARSE,
        ENTITIES, SENTIMENT));
    required.addAll(plugin.requires());
    return Set.copyOf(required);
  }

  /** The topic stance plugin {@code config} selects, or null for the built-in n-gram models. */
  private static TopicStanceModelProvider topicPlugin(Config config) {
    String choice = config.get(TOPIC_MODEL).trim().toLowerCase(Locale.ROOT);
    if (choice.equals(NgramTopicStanceProvider.NAME)) {
      return null;
    }
    if (!config.get(TOPIC_MODELS).isBlank()) {
      throw new ConfigException("'stance.topicModels' is a folder of n-gram models: it cannot go with "
          + "'stance.topicModel=" + choice + "'");
    }
    return topicModelProviders().choose(choice);
  }

  /** The topic stance model plugins on the class path, as {@code stance.topicModel} chooses among them. */
  public static ModelProviders<TopicStanceModelProvider> topicModelProviders() {
    return ModelProviders.discover(TopicStanceModelProvider.class, "topic stance model", MODELS_HINT);
  }

  private static TopicModels topicModels(Config config) {
    String dir = config.get(TOPIC_MODELS);
    return dir.isBlank() ? TopicModels.bundled() : TopicModels.in(Path.of(dir));
  }

  /** The targets, claims and topics may also be given with each article, e.g. a claim per headline. */
  @Override
  public List<ConfigOption<?>> articleOptions() {
    return List.of(TARGETS, CLAIMS, TOPICS);
  }

  @Override
  public Analyzer<StanceResult> create(Config config) {
    TopicStanceModelProvider plugin = topicPlugin(config);
    TopicStanceModelProvider.Model model = plugin == null ? NgramTopicStanceProvider.of(topicModels(config))
        : plugin.load();
    List<String> missing = new ArrayList<>();
    for (String t : config.get(TOPICS)) {
      if (!model.knows(TopicModels.canonical(t))) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      throw new ConfigException("stance: no topic model for " + missing + "; the shipped topics are "
          + TopicModels.SHIPPED + " (or train your own: presslens train stance)");
    }
    Supplier<ClaimModel> claimModel = Suppliers.memoize(() -> claimModel(config));
    if (!config.get(CLAIMS).isEmpty()) {
      claimModel.get(); // a configured claim model that cannot be read fails the creation, not each article
    }
    return new StanceAnalyzer(config.get(ENTITY_COUNT), model, claimModel);
  }

  private static ClaimModel claimModel(Config config) {
    String file = config.get(CLAIM_MODEL);
    try {
      return file.isBlank() ? ClaimModel.shipped() : ClaimModel.read(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
