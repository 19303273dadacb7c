package org.presslens.text;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Detects the language of a text as an ISO 639-1 code, or {@code "und"} when it cannot tell.
 *
 * <p>First by script: Cyrillic is Russian ({@code "uk"} when Ukrainian letters і ї є ґ occur), Greek {@code "el"},
 * Arabic {@code "ar"}, Hebrew {@code "he"}, Devanagari {@code "hi"}, Hangul {@code "ko"}, Han with kana {@code "ja"},
 * Han alone {@code "zh"}, Thai {@code "th"}. Latin-script text is scored against frequent-word profiles of English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish,
 * Romanian, Hungarian and Indonesian; the language whose words make up the largest share of the text wins, where a
 * word found in several profiles ("de", "in") counts as 1/k for each of its k languages, and one-letter words (often
 * initials) do not count. Text of fewer than five words (five characters for Chinese, Japanese and Thai) is
 * {@code "und"}, and so is text where too few profile words occur.
 */
public final class LanguageDetector {

  /** The code for "undetermined". */
  public static final String UNDETERMINED = "und";

  private static final int MAX_CHARS = 20_000;
  private static final int MIN_WORDS = 5;
  private static final double MIN_SHARE = 0.05;
  private static final double MIN_HITS = 0.75;

  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = Map.of(
      UnicodeScript.GREEK, "el", UnicodeScript.ARABIC, "ar", UnicodeScript.HEBREW, "he",
      UnicodeScript.DEVANAGARI, "hi", UnicodeScript.HANGUL, "ko", UnicodeScript.THAI, "th");
  private static final Set<UnicodeScript> UNSPACED = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
      UnicodeScript.KATAKANA, UnicodeScript.THAI);

  private LanguageDetector() {
  }

  /** The ISO 639-1 code of the language of {@code text}, or {@value #UNDETERMINED}. */
  public static String detect(String text) {
    if (text == null || text.isBlank()) {
      return UNDETERMINED;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Map<UnicodeScript, Integer> scripts = countScripts(sample);
    UnicodeScript dominant = dominant(scripts);
    if (dominant == null) {
      return UNDETERMINED;
    }
    int kana = scripts.getOrDefault(UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(UnicodeScript.KATAKANA, 0);
    if (UNSPACED.contains(dominant)) {
      int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
      if (letters < MIN_WORDS) {
        return UNDETERMINED;
      }
      if (dominant == UnicodeScript.THAI) {
        return "th";
      }
      return kana * 20 >= scripts.getOrDefault(UnicodeScript.HAN, 0) + kana ? "ja" : "zh";
    }
    String lower = sample.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    LetterRuns.forEach(lower, (start, end) -> words.add(lower.substring(start, end)));
    int wordCount = words.size();
    if (wordCount < MIN_WORDS) {
      return UNDETERMINED;
    }
    if (dominant == UnicodeScript.CYRILLIC) {
      return sample.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
    }
    if (dominant == UnicodeScript.LATIN) {
      return latin(words, wordCount);
    }
    return SCRIPT_LANGUAGES.getOrDefault(dominant, UNDETERMINED);
  }

  private static String latin(List<String> words, int wordCount) {
    List<String> languages = StopWordProfiles.LANGUAGES;
    double[] hits = new double[languages.size()];
    for (String w : words) {
      if (w.length() < 2) {
        continue;
      }
      Integer bits = StopWordProfiles.WORD_LANGUAGES.get(w);
      if (bits != null) {
        double weight = 1.0 / Integer.bitCount(bits);
        for (int i = 0; i < hits.length; i++) {
          if ((bits & 1 << i) != 0) {
            hits[i] += weight;
          }
        }
      } else if (hasNonAscii(w)) {
        for (int i = 0; i < hits.length; i++) {
          String distinct = StopWordProfiles.DISTINCT_LETTERS.getOrDefault(languages.get(i), "");
          if (!distinct.isEmpty() && containsAny(w, distinct)) {
            hits[i] += 0.5;
          }
        }
      }
    }
    int best = -1;
    for (int i = 0; i < hits.length; i++) {
      if (best < 0 || hits[i] > hits[best]) {
        best = i;
      }
    }
    return hits[best] >= MIN_HITS && hits[best] / wordCount >= MIN_SHARE ? languages.get(best) : UNDETERMINED;
  }

  private static boolean hasNonAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7F) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String word, String letters) {
    for (int i = 0; i < word.length(); i++) {
      if (letters.indexOf(word.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Map<UnicodeScript, Integer> countScripts(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int asciiLetters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') {
          asciiLetters++;
        }
      } else if (Character.isLetter(cp)) {
        counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
      i += Character.charCount(cp);
    }
    if (asciiLetters > 0) {
      counts.merge(UnicodeScript.LATIN, asciiLetters, Integer::sum);
    }
    return counts;
  }

  private static UnicodeScript dominant(Map<UnicodeScript, Integer> counts) {
    int han = counts.getOrDefault(UnicodeScript.HAN, 0);
    int kana = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
    UnicodeScript best = null;
    int bestCount = 0;
    for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
      UnicodeScript script = e.getKey();
      int count = script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
          ? han + kana : e.getValue();
      if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && count > bestCount) {
        bestCount = count;
        best = script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA ? UnicodeScript.HAN : script;
      }
    }
    return best;
  }
}
