package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presslens.analysis.SpanIndex;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.model.Span;
import org.presslens.nlp.SentimentLabel;

/**
 * The targeted sentiment model's readings of one target ({@link CueRule#readsMentions()}): its author-voice mentions
 * that the {@code entities} analyzer scored, indexed so that each sentence finds its own in {@code O(log n)}.
 */
final class MentionReadings {

  static final MentionReadings NONE = new MentionReadings(List.of());

  private final List<EntitiesResult.Mention> mentions;
  private final SpanIndex index;

  MentionReadings(List<EntitiesResult.Mention> mentions) {
    this.mentions = List.copyOf(mentions);
    this.index = SpanIndex.of(this.mentions.stream().map(m -> new Span(m.begin(), m.end())).toList());
  }

  /**
   * Every scored author-voice mention of the target's entity (names, nominals, pronouns) and the naming mentions the
   * target was built from (a target may join several entities).
   */
  static MentionReadings of(EntitiesResult entities, Target t) {
    if (entities == null) {
      return NONE;
    }
    Set<Integer> begins = new HashSet<>();
    for (Span span : t.mentions()) {
      begins.add(span.begin());
    }
    List<EntitiesResult.Mention> out = new ArrayList<>();
    for (EntitiesResult.Entity entity : entities.entities()) {
      boolean own = entity.id().equals(t.entityId());
      for (EntitiesResult.Mention m : entity.mentions()) {
        if (m.sentiment() != null && m.voice() != Voice.QUOTED && (own || begins.contains(m.begin()))) {
          out.add(m);
        }
      }
    }
    return new MentionReadings(out);
  }

  /**
   * The reading of the target in {@code sentence}: the mean score of its mentions inside it, a mention labelled
   * NEUTRAL counting 0 (the model's decision, not its leaning), or null when the sentence has none.
   */
  Double in(Span sentence) {
    int[] inside = index.within(sentence);
    if (inside.length == 0) {
      return null;
    }
    double sum = 0;
    for (int i : inside) {
      EntitiesResult.MentionSentiment s = mentions.get(i).sentiment();
      sum += s.label() == SentimentLabel.NEUTRAL ? 0 : s.score();
    }
    return sum / inside.length;
  }
}
