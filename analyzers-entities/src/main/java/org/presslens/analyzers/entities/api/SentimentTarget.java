package org.presslens.analyzers.entities.api;

import org.presslens.nlp.Sentence;

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

  /** The target's first char in {@link #sentenceText()}. */
  public int from() {
    return begin - sentence.begin();
  }

  /** The target's end (exclusive) in {@link #sentenceText()}. */
  public int to() {
    return end - sentence.begin();
  }
}
