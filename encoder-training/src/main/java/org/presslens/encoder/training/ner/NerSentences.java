package org.presslens.encoder.training.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.ner.WordShape;
import org.presslens.nlp.encoder.internal.WordPieces;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.ConllEvaluation.Chunk;

/** CoNLL sentences as tagger inputs: the sentence's words joined with spaces, its word pieces and gold labels. */
final class NerSentences {

  /**
   * One sentence: document and sentence index, word pieces ({@code [CLS] ... [SEP]}), the piece that starts each
   * word (0, the {@code [CLS]} piece, for a word cut off by truncation), the word shapes and the gold labels.
   */
  record Sentence(int document, int index, List<String> words, long[] ids, int[] firstPiece, float[] shapes,
                  int[] labels) {

    int length() {
      return ids.length;
    }

    int wordCount() {
      return words.size();
    }
  }

  /** A read file: its documents (gold chunks) and all their sentences in order. */
  record Data(List<ConllEvaluation.Document> documents, List<Sentence> sentences) {
  }

  private NerSentences() {
  }

  static Data read(Path file, WordPieces wordPieces) {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(file);
    List<Sentence> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      ConllEvaluation.Document doc = docs.get(d);
      for (int s = 0; s < doc.sentences().size(); s++) {
        int index = s;
        List<Chunk> gold = doc.gold().stream().filter(c -> c.sentence() == index).toList();
        out.add(sentence(d, s, doc.sentences().get(s), gold, wordPieces));
      }
    }
    return new Data(docs, out);
  }

  /** One sentence of words, tokenized as the run-time tagger does: the words joined with single spaces. */
  static Sentence sentence(int document, int index, List<String> words, List<Chunk> gold, WordPieces wordPieces) {
    String text = String.join(" ", words);
    WordPieces.Tokens tokens = wordPieces.tokenize(EncoderInput.of(text));
    int[] first = new int[words.size()];
    int offset = 0;
    int piece = 0;
    for (int w = 0; w < words.size(); w++) {
      int end = offset + words.get(w).length();
      while (piece < tokens.size() && (tokens.special()[piece] || tokens.begins()[piece] < offset)) {
        piece++;
      }
      first[w] = piece < tokens.size() && tokens.begins()[piece] < end ? piece : 0;
      offset = end + 1;
    }
    return new Sentence(document, index, List.copyOf(words), tokens.ids(), first, WordShape.of(words),
        NerLabels.of(words.size(), gold));
  }
}
