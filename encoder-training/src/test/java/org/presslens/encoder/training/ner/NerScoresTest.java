package org.presslens.encoder.training.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.nlp.encoder.ner.NerTagger;
import org.presslens.nlp.encoder.ner.WordShape;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.ConllEvaluation.Chunk;

class NerScoresTest {

  private static final List<String> WORDS = List.of("Ann", "visited", "New", "York");
  private static final List<Chunk> GOLD = List.of(new Chunk(0, 0, 1, "PER"), new Chunk(0, 2, 4, "LOC"));

  @Test
  void labelsOfChunksGiveTheChunksBack() {
    int[] labels = NerLabels.of(4, GOLD);
    assertThat(labels).containsExactly(1, 0, 5, 6);
    assertThat(NerLabels.chunks(0, labels)).containsExactlyElementsOf(GOLD);
  }

  @Test
  void theTaggerAloneIsScoredOnItsBestPathAndTheFloorBonusCanOverruleIt() {
    NerSentences.Data data = new NerSentences.Data(List.of(new ConllEvaluation.Document(List.of(WORDS), GOLD)),
        List.of(new NerSentences.Sentence(0, 0, WORDS, new long[6], new int[] {1, 2, 3, 4}, WordShape.of(WORDS),
            NerLabels.of(4, GOLD))));
    // the tagger: Ann is PER, New York is ORG (a type error), with a small margin
    float[] lp = new float[4 * NerTagger.LABELS];
    java.util.Arrays.fill(lp, -3f);
    int[] tagged = {1, 0, 3, 4};
    for (int w = 0; w < 4; w++) {
      lp[w * NerTagger.LABELS + tagged[w]] = -0.1f;
    }
    lp[2 * NerTagger.LABELS + 5] = -1f; // B-LOC
    lp[3 * NerTagger.LABELS + 6] = -1f; // I-LOC
    assertThat(NerScores.score(data, List.of(lp), null, NerScores.NONE).f1()).isEqualTo(0.5);
    List<List<Chunk>> floor = List.of(GOLD);
    assertThat(NerScores.floor(data, floor).f1()).isEqualTo(1.0);
    assertThat(NerScores.score(data, List.of(lp), floor, new NameTaggerProvider.Bonus(0.5f, 0f)).f1()).isEqualTo(0.5);
    assertThat(NerScores.score(data, List.of(lp), floor, new NameTaggerProvider.Bonus(2f, 0f)).f1()).isEqualTo(1.0);
  }
}
