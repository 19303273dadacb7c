package org.presslens.analyzers.stance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Word normalisation shared by training and analysis: lower-casing, folding of typographic apostrophes, and Porter
 * stems (Martin Porter's reference algorithm, from Apache OpenNLP: "denies" and "denied" become "deni"). Also a small tokenizer for short texts that never reach the NLP engine (a user's claim): it splits like
 * the Penn Treebank style of the shared NLP layer where it matters for matching ("don't" gives "do" and "n't",
 * "Putin's" gives "Putin" and "'s").
 */
public final class Terms {

  /** Function words ignored by overlap and TF-IDF features. */
  public static final Set<String> STOP_WORDS = Set.copyOf(List.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in",
      "on", "at", "by", "for", "with", "from", "as", "into", "about", "than", "then", "so", "that", "this", "these",
      "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
      "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "he", "she",
      "they", "we", "i", "you", "him", "her", "them", "us", "me", "my", "your", "his", "our", "their", "who",
      "whom", "which", "what", "when", "where", "why", "how", "there", "here", "not", "no", "all", "any", "some",
      "more", "most", "other", "such", "only", "own", "same", "too", "very", "just", "also", "over", "after",
      "before", "up", "down", "out", "off", "again", "further", "once", "said", "says", "say", "'s", "n't", "s", "t",
      "one", "two", "new", "after", "while", "during", "against", "between", "both", "each", "few", "nor", "now",
      "because", "until", "under", "above", "below", "through", "via", "per", "yet", "still", "even", "mr", "mrs",
      "ms"));

  private static final Pattern TOKEN = Pattern.compile(
      "[#@]?[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  /** OpenNLP's stemmer keeps its buffer between calls: one per thread. */
  private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

  private Terms() {
  }

  /** The lower-cased word with typographic apostrophes and quotes folded to ASCII. */
  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
        .replace('”', '"');
  }

  /** The normalised form used to match words between texts: lower-cased Porter stem. */
  public static String norm(String word) {
    return stem(lower(word));
  }

  /**
   * The Porter stem of a lower-case word; words of one or two letters and words with anything but the letters a-z
   * ("u.s.", "don't", "café") are returned as they are.
   */
  public static String stem(String lower) {
    if (lower.length() <= 2) {
      return lower;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c < 'a' || c > 'z') {
        return lower;
      }
    }
    return STEMMER.get().stem(lower);
  }

  /** Whether {@code lower} (a lower-cased word) has a letter or digit and is not a stop word. */
  public static boolean isContent(String lower) {
    if (STOP_WORDS.contains(lower)) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (Character.isLetterOrDigit(lower.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A token of {@link #tokenize}: its text and {@code [begin, end)} in the tokenized string. */
  public record Tok(String text, int begin, int end) {
  }

  /** Splits {@code text} into words, hashtags, mentions and single punctuation chars, splitting clitics. */
  public static List<Tok> tokenize(String text) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      int b = m.start();
      String l = lower(t);
      if (l.length() > 3 && l.endsWith("n't")) {
        int cut = t.length() - 3;
        out.add(new Tok(t.substring(0, cut), b, b + cut));
        out.add(new Tok(t.substring(cut), b + cut, m.end()));
      } else if (l.length() > 2 && (l.endsWith("'s") || l.endsWith("'re") || l.endsWith("'ve") || l.endsWith("'ll")
          || l.endsWith("'d") || l.endsWith("'m"))) {
        int cut = l.lastIndexOf('\'');
        out.add(new Tok(t.substring(0, cut), b, b + cut));
        out.add(new Tok(t.substring(cut), b + cut, m.end()));
      } else {
        out.add(new Tok(t, b, m.end()));
      }
    }
    return out;
  }
}
