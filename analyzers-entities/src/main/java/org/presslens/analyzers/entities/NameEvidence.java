package org.presslens.analyzers.entities;

import java.util.Set;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * What the words and the NER layer's tags say about a name, for the candidate finders and grouping passes: whether a MISC mention
 * around a demonym is a name of its own, whether a known place's mention names something else, where a name ends.
 */
final class NameEvidence {

  private NameEvidence() {
  }

  /**
   * Whether the mention {@code [mentionBegin, mentionEnd)} around the demonym {@code [begin, end)} is a name of its
   * own: its other words are all capitalised and none of them is capitalised only because it starts the sentence,
   * unless it is a known demonym or place ("American League", "Iraqi Kurds"; not "Imported North Korean" at a
   * sentence start).
   */
  static boolean isName(int mentionBegin, int mentionEnd, int begin, int end, Sentence sentence,
                        Set<Integer> sentenceStarts) {
    Gazetteer gazetteer = Gazetteer.get();
    boolean other = false;
    for (Token t : sentence.tokens()) {
      if (t.begin() < mentionBegin || t.end() > mentionEnd || t.begin() >= begin && t.end() <= end) {
        continue;
      }
      other = true;
      boolean known = gazetteer.demonym(t.text()).isPresent() || gazetteer.place(t.text()).isPresent();
      if (!Character.isUpperCase(t.text().charAt(0)) || sentenceStarts.contains(t.begin()) && !known) {
        return false;
      }
    }
    return other;
  }

  /**
   * Whether a mention of a known place names something else, by the NER layer's tag {@code nerType}: an
   * organisation named after a city, state or region ("Chicago" beat..., "Milan" the club). Country names stay
   * places whatever the tag (the country acting is the country), and so do MISC-tagged places ("the West").
   */
  static boolean namesSomethingElse(EntityType nerType, Gazetteer.Place place) {
    return nerType == EntityType.ORGANIZATION && !"COUNTRY".equals(place.subtype());
  }

  /**
   * A capitalised {@code name} without trailing lower-case words, which are not part of it ("Jiangsu province").
   */
  static String withoutTrailingLowerCaseWords(String name) {
    String s = name;
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return s; // "interior ministry": not a capitalised name
    }
    int space;
    while ((space = s.lastIndexOf(' ')) > 0 && s.substring(space + 1).chars().allMatch(Character::isLowerCase)) {
      s = s.substring(0, space);
    }
    return s;
  }
}
