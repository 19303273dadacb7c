package org.presslens.analyzers.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** String rules for names: normalisation, acronyms and initials, one full name extending another. */
final class Names {

  /** Words that do not count as a name's initials and do not need a capital in a title. */
  static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "or", "for", "in", "on", "at",
      "to", "by", "with", "from", "de", "la", "le", "du", "von", "van", "der", "&");

  private Names() {
  }

  /** NFC, typographic quotes and dashes folded, whitespace collapsed. */
  static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u201C', '"').replace('\u201D', '"').replace('\u2013', '-').replace('\u2014', '-');
    return n.replaceAll("\\s+", " ").trim();
  }

  /** Whether {@code key} looks like an acronym: 2 to 6 capital letters or digits, dots ignored ("UN", "U.N."). */
  static boolean isAcronym(String key) {
    String bare = key.replace(".", "");
    return bare.length() >= 2 && bare.length() <= 6 && Gazetteer.isAllCaps(bare)
        && bare.chars().allMatch(ch -> Character.isLetterOrDigit(ch));
  }

  /** The initials of a name's capitalised words, minor words aside ("United Nations Security Council": UNSC). */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[ \\-]")) {
      if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Whether two multi-word person names are one: equal first and last words, one's words in the other's. */
  static boolean sameFullName(String a, String b) {
    return extendsName(a, b) || extendsName(b, a);
  }

  /** Whether {@code longer} has {@code shorter}'s first and last words and all its words in order. */
  static boolean extendsName(String longer, String shorter) {
    String[] l = longer.split(" ");
    String[] s = shorter.split(" ");
    if (s.length < 2 || l.length < s.length) {
      return false;
    }
    if (!l[0].equals(s[0]) || !l[l.length - 1].equals(s[s.length - 1])) {
      return false;
    }
    int j = 0;
    for (String w : l) {
      if (j < s.length && w.equals(s[j])) {
        j++;
      }
    }
    return j == s.length;
  }

  static String stripThe(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }
}
