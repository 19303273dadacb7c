package org.presslens.analyzers.stance.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.model.Span;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentLabel;

class CueRuleTest {

  @Test
  void theRuleThatReadsMentionsNeedsAFineTunedTargetedModel() {
    assertThat(CueRule.of(null)).isEqualTo(CueRule.CUES_2);
    assertThat(CueRule.of(new EntitiesResult(List.of(), null))).isEqualTo(CueRule.CUES_2);
    assertThat(CueRule.of(new EntitiesResult(List.of(), "linear"))).isEqualTo(CueRule.CUES_2);
    assertThat(CueRule.of(new EntitiesResult(List.of(), "encoder"))).isEqualTo(CueRule.CUES_3);
    assertThat(CueRule.CUES_2.model()).isEqualTo("entity-cues-2");
    assertThat(CueRule.CUES_3.model()).isEqualTo("entity-cues-3");
    assertThat(CueRule.CUES_3.readsMentions()).isTrue();
    assertThat(CueRule.CUES_2.readsMentions()).isFalse();
  }

  private static EntitiesResult.Mention mention(int begin, SentimentLabel label, double score) {
    return new EntitiesResult.Mention(begin, begin + 3, "Kim", EntitiesResult.MentionKind.NAME, Voice.AUTHOR,
        new EntitiesResult.MentionSentiment(label, score, 0.9));
  }

  @Test
  void aSentencesMentionReadingIsTheMeanOfItsMentionsWithNeutralAsZero() {
    Sentence sentence = new Sentence(0, 100, 200, List.of(), null, null, false);
    List<EntitiesResult.Mention> mentions = List.of(
        mention(110, SentimentLabel.NEGATIVE, -0.8),
        mention(150, SentimentLabel.NEUTRAL, 0.45), // the model's decision is neutral: its leaning does not count
        mention(20, SentimentLabel.POSITIVE, 0.9)); // another sentence
    assertThat(new MentionReadings(mentions).in(new Span(sentence.begin(), sentence.end()))).isCloseTo(-0.4, Offset.offset(1e-9));
    assertThat(new MentionReadings(mentions.subList(2, 3)).in(new Span(sentence.begin(), sentence.end()))).isNull();
  }

  @Test
  void theSentimentWeightScalesTheSentimentTerm() {
    List<String> lower = List.of("the", "council", "met", "on", "tuesday");
    boolean[] author = {true, true, true, true, true};
    // the default weight is entity-cues-2's 0.6: doubling it is doubling the sentiment
    assertThat(CueScoring.score(lower, author, List.of(), 0.5, 1.2))
        .isCloseTo(CueScoring.score(lower, author, List.of(), 1.0), Offset.offset(1e-12))
        .isGreaterThan(CueScoring.score(lower, author, List.of(), 0.5));
    assertThat(CueScoring.score(lower, author, List.of(), 0.5)).isCloseTo(Math.tanh(0.3), Offset.offset(1e-9));
  }
}
