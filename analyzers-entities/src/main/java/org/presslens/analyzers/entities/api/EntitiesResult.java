package org.presslens.analyzers.entities.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.presslens.analysis.Voice;
import org.presslens.nlp.SentimentLabel;
import org.presslens.spi.ResultKey;

/**
 * The {@code entities} analyzer's result: the entities of the article, each with its mentions (end-exclusive char
 * offsets into the article text), and the name of the targeted sentiment model that scored the mentions
 * ({@code sentimentModel}: {@code linear}, {@code encoder}, ...; omitted when entity sentiment was off:
 * {@code entities.sentiment=false}, or the model could not score the article), and the name tagger combined with the
 * NER layer ({@code nameTagger}: {@code encoder}, ...; omitted when the NER layer's mentions were used as they are).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntitiesResult(List<Entity> entities, String sentimentModel, String nameTagger) {

  /** The key under which the {@code entities} analyzer publishes this result; require it and read it with it. */
  public static final ResultKey<EntitiesResult> KEY = ResultKey.of("entities", EntitiesResult.class);

  public EntitiesResult {
    entities = List.copyOf(entities);
  }

  /** A result without entity sentiment, from the NER layer alone. */
  public EntitiesResult(List<Entity> entities) {
    this(entities, null, null);
  }

  /** A result from the NER layer alone. */
  public EntitiesResult(List<Entity> entities, String sentimentModel) {
    this(entities, sentimentModel, null);
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

    /**
     * The mentions that name the entity (kinds NAME, ALIAS, ACRONYM, DEMONYM), without the pronouns and nominals that
     * refer back to it: what salience and entity sentiment count.
     */
    @JsonIgnore
    public List<Mention> namingMentions() {
      return mentions.stream().filter(m -> m.kind() == null || !m.kind().refersBack()).toList();
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

  /**
   * How a mention names its entity: by its canonical name, another name, an acronym or a demonym; or, without naming
   * it, by a pronoun ("he", "its") or a nominal ("the mayor") that refers back to it in the author's voice.
   */
  public enum MentionKind {
    NAME, ALIAS, ACRONYM, DEMONYM, PRONOUN, NOMINAL;

    /** Whether the mention refers back to the entity without naming it (PRONOUN, NOMINAL). */
    public boolean refersBack() {
      return this == PRONOUN || this == NOMINAL;
    }
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
