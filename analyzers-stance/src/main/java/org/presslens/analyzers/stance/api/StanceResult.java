package org.presslens.analyzers.stance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.presslens.spi.ResultKey;

/**
 * The {@code stance} analyzer's result: where the article's author stands toward each target, with the sentences
 * that carry the stance. Every {@code begin}/{@code end} is an end-exclusive char offset into the article text.
 */
public record StanceResult(List<Stance> stances) {

  /** The key under which the {@code stance} analyzer publishes this result; require it and read it with it. */
  public static final ResultKey<StanceResult> KEY = ResultKey.of("stance", StanceResult.class);

  public StanceResult {
    stances = List.copyOf(stances);
  }

  /** What kind of target a stance is about. */
  public enum TargetKind {
    /** A person, organisation or place of the article (or named by the user): FAVOR, AGAINST or NONE. */
    ENTITY,
    /** A topic with a trained model (e.g. {@code climate}): FAVOR, AGAINST or NONE. */
    TOPIC,
    /** A claim or headline given by the user: AGREE, DISAGREE, DISCUSS or UNRELATED. */
    CLAIM
  }

  /** A stance label; ENTITY and TOPIC targets use the first three, CLAIM targets the last four. */
  public enum Label {
    FAVOR, AGAINST, NONE, AGREE, DISAGREE, DISCUSS, UNRELATED
  }

  /**
   * The author's stance toward one target.
   *
   * @param target     the target's name, topic or claim text
   * @param targetKind ENTITY, TOPIC or CLAIM
   * @param entityId   for ENTITY targets found among the article's entities, the entity's id (else omitted)
   * @param label      the stance
   * @param confidence the model's confidence in {@code label}, 0..1
   * @param score      signed strength, -1 (against / disagree) .. 1 (favor / agree)
   * @param evidence   the author-voice sentences that carry the stance, strongest first
   * @param model      the model that decided, e.g. {@code entity-cues-3} or {@code semeval2016-climate}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Stance(String target, TargetKind targetKind, String entityId, Label label, double confidence,
                       double score, List<Evidence> evidence, String model) {

    public Stance {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * A sentence that carries (part of) a stance: its span, its text, the label it points to and its weight
   * (its share of the decision, 0..1).
   */
  public record Evidence(int begin, int end, String text, Label label, double weight) {
  }
}
