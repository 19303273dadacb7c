package org.presslens.encoder.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.training.newsmtsc.NewsMtsc;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.internal.WordPieces;
import org.presslens.nlp.encoder.targeted.TargetedSentiment;

/** NewsMTSC targets as encoder inputs: token ids, segment ids, the target's own tokens, and the gold class. */
final class TargetExamples {

  /** One tokenized target. */
  record Example(long[] ids, long[] types, int[] targetTokens, int label) {

    int length() {
      return ids.length;
    }
  }

  private TargetExamples() {
  }

  /** Every target of {@code file}, tokenized as {@link TargetedSentiment#input} builds its input. */
  static List<Example> read(Path file, WordPieces wordPieces) {
    List<Example> out = new ArrayList<>();
    for (NewsMtsc.Item item : NewsMtsc.read(file)) {
      for (NewsMtsc.Target t : item.targets()) {
        EncoderInput input = TargetedSentiment.input(item.sentence(), t.from(), t.to());
        WordPieces.Tokens tokens = wordPieces.tokenize(input);
        out.add(new Example(tokens.ids(), tokens.typeIds(), targetTokens(tokens, t.from(), t.to()),
            t.polarity().ordinal()));
      }
    }
    return out;
  }

  private static int[] targetTokens(WordPieces.Tokens tokens, int from, int to) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.special()[i] && tokens.typeIds()[i] == 0 && tokens.begins()[i] < to && tokens.ends()[i] > from) {
        idx.add(i);
      }
    }
    return idx.stream().mapToInt(Integer::intValue).toArray();
  }
}
