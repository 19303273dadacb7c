package org.presslens.analyzers.entities;

import java.util.List;
import java.util.Locale;
import org.presslens.analyzers.entities.api.EntityType;

/** Trims a NER mention to its name and sets its grouping key, for {@link CandidateFinder}. */
final class MentionTrim {

  private MentionTrim() {
  }


  /**
   * Strips leading titles from person names and a lower-case "the" from others; sets the key, without a leading
   * "the". A capitalised "The" the NER layer put inside a name stays in the mention ("The Hague", "The Oval");
   * trailing lower-case words of other names go ("Jiangsu province"). Trailing punctuation goes, but not a closing
   * bracket whose opening one is inside ("Buducnost (V)").
   */
  static void trim(Candidate c, String text) {
    String s = c.text;
    // possessive ending inside the mention
    for (String p : List.of("'s", "\u2019s", "'", "\u2019")) {
      if (s.endsWith(p) && s.length() > p.length() + 1) {
        s = s.substring(0, s.length() - p.length());
        break;
      }
    }
    int offset = 0;
    String[] words = s.split(" ", -1);
    int drop = 0;
    if (c.is(EntityType.PERSON)) {
      while (drop < words.length - 1 && (Gazetteer.TITLES.contains(words[drop].toLowerCase(Locale.ROOT))
          || Gazetteer.get().demonym(words[drop]).isPresent())) {
        drop++;
      }
    } else if (words.length > 1 && words[0].equalsIgnoreCase("the") && !words[0].startsWith("T")) {
      drop = 1;
    }
    for (int i = 0; i < drop; i++) {
      offset += words[i].length() + 1;
    }
    s = s.substring(offset);
    if (!c.is(EntityType.PERSON)) {
      s = NameEvidence.withoutTrailingLowerCaseWords(s);
    }
    // trailing punctuation
    while (!s.isEmpty() && !Character.isLetterOrDigit(s.charAt(s.length() - 1)) && s.charAt(s.length() - 1) != '.'
        && !(s.charAt(s.length() - 1) == ')' && s.indexOf('(') >= 0)) {
      s = s.substring(0, s.length() - 1);
    }
    int begin = c.begin + offset;
    int end = begin + s.length();
    if (end > c.end || !text.startsWith(s, begin)) {
      c.key = Names.normalize(c.text);
      return;
    }
    c.begin = begin;
    c.end = end;
    c.text = s;
    boolean leadingThe = !c.is(EntityType.PERSON) && s.regionMatches(true, 0, "the ", 0, 4);
    c.key = Names.normalize(leadingThe ? s.substring(4) : s);
  }
}
