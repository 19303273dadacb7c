package org.presslens.analyzers.entities.sentiment;

import java.util.Set;

/** Function words that carry no sentiment and are left out of the lexical features. */
final class Stop {
  static final Set<String> WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by",
      "from", "and", "or", "but", "as", "that", "this", "these", "those", "it", "its", "be", "have", "do", "he",
      "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "me",
      "which", "who", "whom", "whose", "what", "when", "where", "there", "here", "than", "then", "so", "if", "about",
      "into", "over", "after", "before", "also", "would", "will", "can", "could", "may", "might", "shall", "should",
      "'s", "s", "one", "-lrb-", "-rrb-");

  private Stop() {
  }
}
