package org.presslens.analyzers.sentiment;

import org.presslens.model.Span;

/** A scored sentence as the aggregation sees it: span, token count, score in -1..1 and confidence in 0..1. */
record SentenceScore(Span span, int tokens, double score, double confidence) {

  /** The weight of the sentence in aggregates: its length times its confidence. */
  double weight() {
    return tokens * confidence;
  }
}
