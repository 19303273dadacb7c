package org.presslens.analyzers.stance.entity;

import org.presslens.analyzers.entities.api.EntitiesResult;

/**
 * The version of the cue rule that decides, chosen by the targeted sentiment the {@code entities} analyzer ran:
 * {@link #CUES_3} reads the target's mentions through that model, so it needs a fine-tuned one (the {@code encoder}
 * plugin); with the built-in linear model, or none, {@link #CUES_2} decides as before (docs/stance.md, "Session 9").
 *
 * @param model           the name reported as the stance's {@code model}
 * @param sentimentWeight the weight of the sentiment term beside the cues' 0.6 in a sentence's score
 * @param readsMentions   whether the target's mention sentiment replaces the sentence's where the sentence names it
 * @param strongest       whether the strongest sentence (halved) is the pooled score, not sum / (weights + 1)
 */
record CueRule(String model, double sentimentWeight, boolean readsMentions, boolean strongest) {

  /** Sentence sentiment, weight 0.6, pooled over all the target's sentences; confidence grows with the score. */
  static final CueRule CUES_2 = new CueRule(EntityStances.RULE_MODEL, 0.6, false, false);
  /**
   * The target's mention readings (a NEUTRAL mention counts 0) in place of the sentence sentiment, weight 1.2, the
   * strongest sentence as an annotator quotes the one telling sentence; a side's confidence stays within 0.5-0.6.
   */
  static final CueRule CUES_3 = new CueRule(EntityStances.RULE_MODEL_READING_MENTIONS, 1.2, true, true);
  /** The name of the entities analyzer's built-in targeted sentiment model, too weak a reader for {@link #CUES_3}. */
  static final String BUILT_IN_TARGET_MODEL = "linear";

  /** The rule for an article whose {@code entities} result is {@code entities} (null when not run). */
  static CueRule of(EntitiesResult entities) {
    return entities != null && entities.sentimentModel() != null
        && !BUILT_IN_TARGET_MODEL.equals(entities.sentimentModel()) ? CUES_3 : CUES_2;
  }
}
