package org.presslens.encoder.training.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presslens.analyzers.entities.NameDecoding;
import org.presslens.analyzers.entities.api.NameTaggerProvider.Bonus;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.ConllEvaluation.Chunk;

/**
 * Scores tagger output on a CoNLL split with {@code eval conll}'s metric (exact token span and type, per document):
 * the best allowed label path of each sentence, optionally pulled towards the floor's labels (the NER layer's
 * mentions of the same words) by a bonus added to the log-probability of the floor's label of each word.
 */
final class NerScores {

  /** No weight for the floor's labels: the tagger alone. */
  static final Bonus NONE = new Bonus(0, 0);

  /** The weights tried for each of the two bonuses. */
  private static final float[] GRID = {0f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f, 8f, 12f};

  private NerScores() {
  }

  /** The bonus with the best F1 of the tagger combined with the floor on {@code data}, over a grid of weights. */
  static Bonus bestBonus(NerSentences.Data data, List<float[]> logProbs, List<List<Chunk>> floor) {
    Bonus best = NONE;
    double bestF1 = -1;
    for (float entity : GRID) {
      for (float outside : GRID) {
        Bonus b = new Bonus(entity, outside);
        double f1 = score(data, logProbs, floor, b).f1();
        if (f1 > bestF1) {
          bestF1 = f1;
          best = b;
        }
      }
    }
    return best;
  }

  /** The counts of decoding {@code logProbs} (per sentence of {@code data}) with the floor's chunks weighed by bonus. */
  static ConllEvaluation.Counts score(NerSentences.Data data, List<float[]> logProbs, List<List<Chunk>> floor,
                                      Bonus bonus) {
    ConllEvaluation.Counts counts = new ConllEvaluation.Counts();
    List<Set<Chunk>> predicted = predicted(data, logProbs, floor, bonus);
    for (int d = 0; d < data.documents().size(); d++) {
      counts.add(new HashSet<>(data.documents().get(d).gold()), predicted.get(d));
    }
    return counts;
  }

  /** Per document, the chunks of decoding {@code logProbs} with the floor's chunks weighed by bonus. */
  static List<Set<Chunk>> predicted(NerSentences.Data data, List<float[]> logProbs, List<List<Chunk>> floor,
                                    Bonus bonus) {
    List<Set<Chunk>> predicted = new ArrayList<>();
    for (int d = 0; d < data.documents().size(); d++) {
      predicted.add(new HashSet<>());
    }
    for (int i = 0; i < data.sentences().size(); i++) {
      NerSentences.Sentence s = data.sentences().get(i);
      float[] extra = floor == null ? null : NameDecoding.bonusOf(NerLabels.of(s.wordCount(),
          floor.get(s.document()).stream().filter(c -> c.sentence() == s.index()).toList()), bonus);
      int[] path = NameDecoding.bestPath(logProbs.get(i), extra, s.wordCount());
      predicted.get(s.document()).addAll(NerLabels.chunks(s.index(), path));
    }
    return predicted;
  }

  /** The counts of the floor alone. */
  static ConllEvaluation.Counts floor(NerSentences.Data data, List<List<Chunk>> floor) {
    ConllEvaluation.Counts counts = new ConllEvaluation.Counts();
    for (int d = 0; d < data.documents().size(); d++) {
      counts.add(new HashSet<>(data.documents().get(d).gold()), new HashSet<>(floor.get(d)));
    }
    return counts;
  }
}
