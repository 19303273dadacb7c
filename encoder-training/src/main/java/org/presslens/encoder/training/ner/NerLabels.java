package org.presslens.encoder.training.ner;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.entities.NameDecoding;
import org.presslens.nlp.encoder.ner.NerTagger;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.ConllEvaluation.Chunk;

/**
 * The tagger's labels ({@link NerTagger}'s: BIO over the CoNLL types) of gold chunks, and chunks of labels.
 */
final class NerLabels {

  /** The number of labels: O and B/I for each of the four types. */
  static final int COUNT = NerTagger.LABELS;

  private NerLabels() {
  }

  /** The label of each of {@code words} words of one sentence, from its chunks (token ranges of that sentence). */
  static int[] of(int words, List<Chunk> chunks) {
    int[] labels = new int[words];
    for (Chunk c : chunks) {
      int type = ConllEvaluation.TYPES.indexOf(c.type());
      if (type < 0) {
        throw new IllegalArgumentException("not a CoNLL type: " + c.type());
      }
      labels[c.first()] = 1 + 2 * type;
      for (int i = c.first() + 1; i < c.end(); i++) {
        labels[i] = 2 + 2 * type;
      }
    }
    return labels;
  }

  /** The chunks of one sentence's labels (the run-time tagger's spans). */
  static List<Chunk> chunks(int sentence, int[] labels) {
    List<Chunk> out = new ArrayList<>();
    for (NameDecoding.Span span : NameDecoding.spans(labels)) {
      out.add(new Chunk(sentence, span.first(), span.end(), span.type()));
    }
    return out;
  }
}
