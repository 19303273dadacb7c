package org.presslens.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The {@code entities} analyzer's result: the entities of the article, each with its mentions (end-exclusive char
 * offsets into the article text).
 */
public record EntitiesResult(List<Entity> entities) {

  public EntitiesResult {
    entities = List.copyOf(entities);
  }

  /**
   * One real-world entity. {@code subtype}, {@code salience} and {@code sentiment} are omitted when not computed.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entity(String id, String name, String type, String subtype, Double salience, List<Mention> mentions,
                       EntitySentiment sentiment) {

    public Entity {
      mentions = List.copyOf(mentions);
    }
  }

  /** A mention: span, covered text, how it names the entity, and whose voice it is in. */
  public record Mention(int begin, int end, String text, MentionKind kind, Voice voice) {
  }

  /** How a mention names its entity. */
  public enum MentionKind {
    NAME, ALIAS, ACRONYM, DEMONYM, PRONOUN, NOMINAL
  }

  /** Sentiment expressed toward an entity, aggregated over its {@code mentions} scored mentions. */
  public record EntitySentiment(SentimentLabel label, double score, double magnitude, int mentions) {
  }
}
