package org.presslens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A large English word list in two tiers, with a check that also accepts common inflections and derivations of
 * listed words: common words (SCOWL size 50, American and British spellings) and rarer words (the rest of SCOWL size
 * 80). Lower-cased; see {@code english-words.README.md} next to the resources for provenance and licence.
 *
 * <p>Loaded once, lazily; immutable and thread-safe.
 */
public final class WordList {

  /** Classpath location of the gzipped common words, one lower-case word per line. */
  public static final String COMMON_RESOURCE = "/org/presslens/text/english-words-common.txt.gz";
  /** Classpath location of the gzipped rarer words, one lower-case word per line. */
  public static final String RARE_RESOURCE = "/org/presslens/text/english-words-rare.txt.gz";

  private static final String[] PREFIXES = {
      "anti", "counter", "cyber", "de", "dis", "ex", "hyper", "inter", "mega", "micro", "mis", "multi", "non", "over",
      "post", "pre", "pro", "re", "semi", "sub", "super", "trans", "ultra", "un", "under"};

  private final Set<String> common;
  private final Set<String> rare;

  private WordList(Set<String> common, Set<String> rare) {
    this.common = Collections.unmodifiableSet(common);
    this.rare = Collections.unmodifiableSet(rare);
  }

  /** The bundled English list. */
  public static WordList english() {
    return Holder.ENGLISH;
  }

  /** A list of the given common words (for tests and custom vocabularies); matching is case-insensitive. */
  public static WordList of(Set<String> words) {
    Set<String> lower = new HashSet<>();
    words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
    return new WordList(lower, new HashSet<>());
  }

  /** Number of distinct words in both tiers. */
  public int size() {
    return common.size() + rare.size();
  }

  /** Whether {@code word} is listed in either tier, ignoring case. */
  public boolean contains(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return common.contains(w) || rare.contains(w);
  }

  /**
   * Whether {@code word} is a common word or a regular inflection of one, ignoring case (no derivation with a
   * prefix).
   */
  public boolean isCommonWordOrInflection(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return common.contains(w) || isInflection(w, common);
  }

  /**
   * Whether {@code word} is listed in either tier or is a regular inflection of a listed word, ignoring case (no
   * derivation with a prefix, so "subredd" is not accepted as "sub" + "redd").
   */
  public boolean containsStem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return common.contains(w) || rare.contains(w) || isInflection(w, common) || isInflection(w, rare);
  }

  /**
   * Whether {@code word} is listed or is a regular inflection or derivation of a listed word (plural, past tense,
   * gerund, comparative, adverb in -ly, -ness, or a listed word with a common prefix such as "non" or "re").
   */
  public boolean containsWordOrInflection(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return matches(w, common) || matches(w, rare);
  }

  private static boolean matches(String w, Set<String> words) {
    if (words.contains(w) || isInflection(w, words)) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (w.length() > prefix.length() + 3 && w.startsWith(prefix)) {
        String rest = w.substring(prefix.length());
        if (words.contains(rest) || isInflection(rest, words)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isInflection(String w, Set<String> words) {
    return stem(w, "s", "", words) || stem(w, "es", "", words) || stem(w, "ies", "y", words)
        || stem(w, "ied", "y", words) || stem(w, "ed", "", words) || stem(w, "ed", "e", words)
        || stemDoubled(w, "ed", words) || stem(w, "ing", "", words) || stem(w, "ing", "e", words)
        || stemDoubled(w, "ing", words) || stem(w, "er", "", words) || stem(w, "er", "e", words)
        || stem(w, "ers", "", words) || stem(w, "ers", "e", words) || stem(w, "est", "", words)
        || stem(w, "ly", "", words) || stem(w, "ily", "y", words) || stem(w, "ness", "", words)
        || stem(w, "ment", "", words) || stem(w, "ism", "", words) || stem(w, "ist", "", words)
        || stem(w, "ists", "", words);
  }

  private static boolean stem(String w, String suffix, String replacement, Set<String> words) {
    if (w.length() < suffix.length() + 3 || !w.endsWith(suffix)) {
      return false;
    }
    return words.contains(w.substring(0, w.length() - suffix.length()) + replacement);
  }

  private static boolean stemDoubled(String w, String suffix, Set<String> words) {
    int stemEnd = w.length() - suffix.length();
    if (stemEnd < 4 || !w.endsWith(suffix) || w.charAt(stemEnd - 1) != w.charAt(stemEnd - 2)) {
      return false;
    }
    return words.contains(w.substring(0, stemEnd - 1));
  }

  private static Set<String> load(String resource, int expectedSize) {
    try (InputStream raw = WordList.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("word list resource " + resource + " is missing from the classpath");
      }
      Set<String> set = new HashSet<>(expectedSize * 4 / 3 + 1);
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isEmpty()) {
            set.add(line);
          }
        }
      }
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
  }

  private static final class Holder {
    private static final WordList ENGLISH = new WordList(load(COMMON_RESOURCE, 76_000),
        load(RARE_RESOURCE, 212_000));
  }
}
