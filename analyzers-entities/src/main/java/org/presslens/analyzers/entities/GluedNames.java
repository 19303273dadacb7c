package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * Two names the NER layer glued into one mention, for {@link CandidateFinder}: "GA Voice Cochran", where "GA Voice" is
 * a name of its own elsewhere in the article and "Cochran" the last name of a person of it, becomes the two
 * candidates "GA Voice" (typed as that name is elsewhere) and "Cochran" (a PERSON). A name is split only when both
 * parts are names the article writes on their own.
 */
final class GluedNames {

  private GluedNames() {
  }

  /** Splits the glued candidates of {@code candidates} in place (order kept). */
  static void split(List<Candidate> candidates) {
    Map<String, EntityType> whole = new HashMap<>();
    Map<String, Integer> written = new HashMap<>();
    Set<String> lastNames = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.kind == MentionKind.DEMONYM || c.is(EntityType.WORK_OF_ART) || c.key == null) {
        continue;
      }
      whole.putIfAbsent(c.key, c.type);
      written.merge(c.key, 1, Integer::sum);
      String[] words = c.key.split(" ");
      if (c.is(EntityType.PERSON) && words.length >= 2) {
        lastNames.add(words[words.length - 1]);
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      List<Candidate> parts = c.kind == MentionKind.DEMONYM || c.is(EntityType.PERSON) ? null
          : parts(c, whole, written, lastNames);
      if (parts == null) {
        out.add(c);
      } else {
        out.addAll(parts);
      }
    }
    candidates.clear();
    candidates.addAll(out);
  }

  /**
   * The two parts of {@code c}, or null: a name of two or more words written on its own elsewhere and a person's last
   * name after it; the glued name itself written only once (a name the article repeats as it is stays whole).
   */
  private static List<Candidate> parts(Candidate c, Map<String, EntityType> whole, Map<String, Integer> written,
                                       Set<String> lastNames) {
    int lastSpace = c.text.lastIndexOf(' ');
    if (lastSpace <= 0 || c.key == null || c.key.split(" ").length < 3) {
      return null;
    }
    String head = c.text.substring(0, lastSpace).strip();
    String tail = c.text.substring(lastSpace + 1);
    EntityType headType = whole.get(Names.normalize(head));
    if (headType == null || headType == EntityType.PERSON || !lastNames.contains(tail)
        || written.getOrDefault(c.key, 0) > 1) {
      return null;
    }
    int tailBegin = c.begin + lastSpace + 1;
    return List.of(Candidate.keyed(c.begin, c.begin + head.length(), head, headType, MentionKind.NAME,
            Names.normalize(head)),
        Candidate.keyed(tailBegin, c.end, tail, EntityType.PERSON, MentionKind.ALIAS, tail));
  }
}
