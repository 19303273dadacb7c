package org.presslens.nlp;

import java.util.List;

/**
 * A sentence: {@code [begin, end)} in the article text (never crossing a paragraph boundary), its tokens, and, when
 * requested, its parse and sentiment. {@code parse} and {@code sentiment} are {@code null} when the layer was not
 * requested or when the sentence was longer than the parser's length cap ({@link #parseCapped()}).
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, ParseNode parse,
                       SentimentDistribution sentiment, boolean parseCapped) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
