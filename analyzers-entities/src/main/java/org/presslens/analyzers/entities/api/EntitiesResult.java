package org.presslens.analyzers.entities.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.presslens.analysis.Voice;
import org.presslens.nlp.SentimentLabel;
import org.presslens.spi.ResultKey;

/**
 * The {@code entities} analyzer's result: the entities of the article, each with its mentions (end-exclusive char
 * offsets into the article text).
 */
public record EntitiesResult(List<Entity> entities) {

  /** The key under which the {@code entities} analyzer publishes this result; require it and read it with it. */
  public static final ResultKey<EntitiesResult> KEY = ResultKey.of("entities", EntitiesResult.class);

  public EntitiesResult {
    entities = List.copyOf(entities);
  }

  /**
   * One real-world entity. {@code subtype}, {@code salience}, {@code sentiment} and {@code quotedSentiment} are
   * omitted when not computed. {@code sentiment} aggregates the mentions in the author's voice,
   * {@code quotedSentiment} those inside quoted speech.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entity(String id, String name, String type, String subtype, Double salience, List<Mention> mentions,
                       EntitySentiment sentiment, EntitySentiment quotedSentiment) {

    public Entity {
      mentions = List.copyOf(mentions);
    }

    /** An entity without a quoted-voice sentiment. */
    public Entity(String id, String name, String type, String subtype, Double salience, List<Mention> mentions,
                  EntitySentiment sentiment) {
      this(id, name, type, subtype, salience, mentions, sentiment, null);
    }
  }

  /**
   * A mention: span, covered text, how it names the entity, whose voice it is in, and (when computed) the sentiment
   * expressed toward the entity at this mention.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Mention(int begin, int end, String text, MentionKind kind, Voice voice, MentionSentiment sentiment) {

    /** A mention without sentiment. */
    public Mention(int begin, int end, String text, MentionKind kind, Voice voice) {
      this(begin, end, text, kind, voice, null);
    }
  }

  /** How a mention names its entity. */
  public enum MentionKind {
    NAME, ALIAS, ACRONYM, DEMONYM, PRONOUN, NOMINAL
  }

  /** Sentiment expressed toward an entity, aggregated over its {@code mentions} scored mentions. */
  public record EntitySentiment(SentimentLabel label, double score, double magnitude, int mentions) {
  }

  /**
   * Sentiment toward the entity at one mention: {@code label} NEGATIVE, NEUTRAL or POSITIVE, {@code score}
   * P(positive) - P(negative) in -1..1, {@code confidence} the probability of the label.
   */
  public record MentionSentiment(SentimentLabel label, double score, double confidence) {
  }
}
