package org.presslens.training.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.nlp.SentimentLabel;

class EvidenceReadingTest {

  private static SentimentResult sentences(Double... scores) {
    List<SentimentResult.SentenceSentiment> list = new java.util.ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      list.add(new SentimentResult.SentenceSentiment(i * 10, i * 10 + 9,
          scores[i] == null ? null : SentimentLabel.ofScore(scores[i]), scores[i], null, Voice.AUTHOR, null));
    }
    return new SentimentResult("fake", null, List.of(), List.of(), list, List.of());
  }

  private static EntitiesResult.Entity entity(String name, int mentions, Double sentiment) {
    List<EntitiesResult.Mention> ms = new java.util.ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      ms.add(new EntitiesResult.Mention(i * 20, i * 20 + name.length(), name, EntitiesResult.MentionKind.NAME,
          Voice.AUTHOR));
    }
    return new EntitiesResult.Entity("person:" + name, name, "PERSON", null, null, ms, sentiment == null ? null
        : new EntitiesResult.EntitySentiment(SentimentLabel.ofScore(sentiment), sentiment, Math.abs(sentiment),
            mentions));
  }

  @Test
  void aScoreIsReadAtTheRulesBar() {
    assertThat(EvidenceReading.label(0.1)).isEqualTo(Label.FAVOR);
    assertThat(EvidenceReading.label(0.09)).isEqualTo(Label.NONE);
    assertThat(EvidenceReading.label(-0.09)).isEqualTo(Label.NONE);
    assertThat(EvidenceReading.label(-0.1)).isEqualTo(Label.AGAINST);
  }

  @Test
  void theSentenceReadingIsTheMeanOfTheScoredSentences() {
    assertThat(EvidenceReading.sentenceScore(sentences(0.6, -0.2, null)).getAsDouble())
        .isCloseTo(0.2, Offset.offset(1e-9));
    assertThat(EvidenceReading.sentenceScore(sentences((Double) null))).isEmpty();
    assertThat(EvidenceReading.sentenceScore(null)).isEmpty();
  }

  @Test
  void theTargetedReadingFindsTheGoldNameAmongTheEntities() {
    EntitiesResult entities = new EntitiesResult(List.of(entity("Barack Obama", 2, -0.4),
        entity("Obama Foundation", 1, 0.5), entity("Michelle Obama", 3, null), entity("Putin", 1, 0.3)),
        "fake");
    // "Obama" is a subset of three names: the most mentioned one with a sentiment
    assertThat(EvidenceReading.targetedScore(entities, "Obama").getAsDouble()).isEqualTo(-0.4);
    // the entity's name is a subset of the gold's (a title before it)
    assertThat(EvidenceReading.targetedScore(entities, "President Vladimir Putin").getAsDouble()).isEqualTo(0.3);
    // a quotation that names only someone else, or refers to the target by a pronoun, gives no reading
    assertThat(EvidenceReading.targetedScore(entities, "Kim Jong-un")).isEmpty();
    assertThat(EvidenceReading.targetedScore(null, "Putin")).isEmpty();
  }

  @Test
  void readingsAreScoredAsStances() {
    EntityStanceGold.Target favor = new EntityStanceGold.Target("X", "PERSON", Label.FAVOR, "high", "e");
    EntityStanceGold.Target against = new EntityStanceGold.Target("Y", "PERSON", Label.AGAINST, "medium", "e");
    Map<EvidenceReading.Signal, List<EntityStanceEvaluation.Case>> readings =
        new EnumMap<>(EvidenceReading.Signal.class);
    readings.put(EvidenceReading.Signal.SENTENCE, List.of(
        EvidenceReading.reading("a.txt", favor, 0.5, EvidenceReading.Signal.SENTENCE),
        EvidenceReading.reading("a.txt", against, 0.05, EvidenceReading.Signal.SENTENCE)));
    readings.put(EvidenceReading.Signal.TARGETED, List.of(
        EvidenceReading.reading("a.txt", against, -0.3, EvidenceReading.Signal.TARGETED)));
    assertThat(EvidenceReading.text(readings, 2))
        .contains("sentence n 2 of 2, accuracy 0.5000")
        .contains("rows gold FAVOR/AGAINST/NONE: 1/0/0, 0/0/1, 0/0/0")
        .contains("targeted n 1 of 2, accuracy 1.0000");
    @SuppressWarnings("unchecked")
    Map<String, Object> sentence = (Map<String, Object>) EvidenceReading.json(readings).get("sentence");
    assertThat(sentence).containsEntry("n", 2).containsEntry("accuracy", 0.5);
    assertThat(sentence.get("confusion")).isEqualTo(List.of(List.of(1, 0, 0), List.of(0, 0, 1), List.of(0, 0, 0)));
  }
}
