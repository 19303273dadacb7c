package org.presslens.analyzers.entities.api;

import java.util.List;
import java.util.Optional;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * A mention whose sentiment a {@link TargetSentimentModelProvider.Model} predicts: the mention's chars
 * {@code [begin, end)} of the article text, inside {@code sentence} (whose text is {@code sentenceText}), its tokens
 * {@code [firstToken, endToken)} of the sentence, and whether it is inside quoted speech.
 */
public record SentimentTarget(Sentence sentence, String sentenceText, int begin, int end, int firstToken,
                              int endToken, boolean quoted) {

  public SentimentTarget {
    if (begin < sentence.begin() || end > sentence.end() || end <= begin
        || sentenceText.length() != sentence.end() - sentence.begin()) {
      throw new IllegalArgumentException("target [" + begin + ", " + end + ") outside its sentence ["
          + sentence.begin() + ", " + sentence.end() + ") or sentence text of " + sentenceText.length() + " chars");
    }
    if (firstToken < 0 || endToken <= firstToken || endToken > sentence.tokens().size()) {
      throw new IllegalArgumentException("target tokens [" + firstToken + ", " + endToken + ") outside a sentence of "
          + sentence.tokens().size() + " tokens");
    }
  }

  /**
   * The target of the chars {@code [begin, end)} (cut to the sentence) in {@code sentence}, whose text is
   * {@code sentenceText}: the tokens that overlap them; empty when no token does.
   */
  public static Optional<SentimentTarget> in(Sentence sentence, String sentenceText, int begin, int end,
                                             boolean quoted) {
    List<Token> tokens = sentence.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() < end && t.end() > begin) {
        if (first < 0) {
          first = i;
        }
        last = i + 1;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    return Optional.of(new SentimentTarget(sentence, sentenceText, Math.max(begin, sentence.begin()),
        Math.min(end, sentence.end()), first, last, quoted));
  }

  /** The target's first char in {@link #sentenceText()}. */
  public int from() {
    return begin - sentence.begin();
  }

  /** The target's end (exclusive) in {@link #sentenceText()}. */
  public int to() {
    return end - sentence.begin();
  }
}
