package org.presslens.nlp;

import java.util.List;

/**
 * A node of a sentence's constituency parse: its label, the tokens {@code [firstToken, endToken)} (indices into
 * {@link Sentence#tokens()}) it covers, its children, and its sentiment distribution when the sentiment layer was
 * computed (else {@code null}).
 */
public record ParseNode(String label, int firstToken, int endToken, List<ParseNode> children,
                        SentimentDistribution sentiment) {

  public ParseNode {
    children = List.copyOf(children);
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }
}
