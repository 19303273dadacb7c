package org.presslens.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Closed-class statistics for glued-word repair: the most frequent English words (mostly function words), in
 * approximate order of corpus frequency, written for presslens.
 *
 * <p>Words that commonly end compounds or names ("up", "out", "over", "man", "son", "more", "one", "way") are
 * deliberately left out, because a glued word is only split where its tail is one of these words.
 */
public final class FrequentWords {

  /** The words a glued token may end in, most frequent first. */
  static final List<String> RANKED = List.of(
      "the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on", "not",
      "this", "are", "or", "from", "at", "which", "but", "have", "an", "had", "they", "were", "their", "has",
      "been", "will", "would", "there", "who", "its", "said", "when", "also", "can", "if", "may", "into",
      "after", "than", "them", "about", "could", "what", "only", "other", "these", "should", "then", "such",
      "those", "many", "where", "while", "because", "even", "both", "between", "during", "before", "against",
      "under", "since", "very", "through", "being", "however", "does", "did", "until", "without", "each",
      "whose", "whom", "still", "whether", "although", "though", "says", "told", "must", "might", "just",
      "already", "despite", "including", "among", "within", "across");

  /**
   * The words that may follow a capitalised listed head ("Russia" + "for"): at least three letters and rarely the
   * ending of a proper name ("not" and "has" end French and Greek names, "and" and "can" others).
   */
  static final Set<String> AFTER_CAPITALISED = Set.of(
      "the", "for", "that", "this", "with", "which", "who", "whom", "whose", "was", "were", "have", "said",
      "says", "told", "from", "will", "would", "could", "should", "also", "after", "when", "while", "into", "been",
      "their", "they", "them", "these", "those", "about", "against", "because", "before", "during", "since", "until",
      "between", "through", "whether", "although", "its", "where", "despite", "including");

  /**
   * The words that may follow a capitalised head that is not listed, a name ("Jinping" + "who"): the words of
   * {@link #AFTER_CAPITALISED} except those that end names too often ("Lamothe", "Boussaid", "Moritz").
   */
  static final Set<String> AFTER_NAMES = Set.of(
      "for", "that", "this", "with", "which", "who", "whom", "whose", "was", "were", "have", "told", "from", "will",
      "would", "could", "should", "also", "after", "when", "while", "into", "been", "their", "they", "them",
      "these", "those", "about", "against", "because", "before", "during", "since", "until", "between", "through",
      "whether", "although", "where", "despite", "including");

  /**
   * The two-letter words a glued token may end in; they may only follow a common listed word of five or more
   * letters. "in", "on" and "by" are left out because they end too many compounds ("checkin", "addon",
   * "standby"), and "is" because it ends plurals of words in -i ("jihadis").
   */
  static final Set<String> SHORT = Set.of("of", "to", "it", "as", "be", "or", "at", "an", "if");

  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    for (int i = 0; i < RANKED.size(); i++) {
      RANK.putIfAbsent(RANKED.get(i), i);
    }
  }

  private FrequentWords() {
  }

  /** The frequency rank of {@code word} (0 = most frequent), or empty when it is not one of these words. */
  public static OptionalInt rank(String word) {
    Integer r = RANK.get(word.toLowerCase(Locale.ROOT));
    return r == null ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /** Whether {@code word} is one of the frequent words. */
  public static boolean contains(String word) {
    return RANK.containsKey(word.toLowerCase(Locale.ROOT));
  }
}
