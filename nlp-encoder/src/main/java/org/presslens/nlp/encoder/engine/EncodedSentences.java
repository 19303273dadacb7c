package org.presslens.nlp.encoder.engine;

import java.util.List;
import org.presslens.nlp.encoder.TokenStates;

/**
 * The value of {@link EncoderEngine#TOKEN_STATES}: the contextual token states of each sentence of an article, in
 * sentence order. The offsets of a sentence's {@link TokenStates} are relative to the sentence: token {@code i} of
 * sentence {@code s} covers {@code article.text()} from {@code s.begin() + states.begin(i)} to
 * {@code s.begin() + states.end(i)}.
 */
public record EncodedSentences(List<Sentence> sentences) {

  public EncodedSentences {
    sentences = List.copyOf(sentences);
  }

  /** One sentence: where it begins in the article text, and its token states. */
  public record Sentence(int begin, TokenStates states) {
  }
}
