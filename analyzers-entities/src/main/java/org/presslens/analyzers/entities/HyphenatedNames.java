package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * A hyphen-joined name whose parts are all person names of the article or known places ("Putin-Kim", which the NER
 * layer tags as one LOCATION) becomes one candidate per part, for {@link CandidateFinder}.
 */
final class HyphenatedNames {

  private static final Pattern HYPHEN_NAMES = Pattern.compile("\\p{Lu}[\\p{L}.]+(?:[-\u2013]\\p{Lu}[\\p{L}.]+)+");

  private final Gazetteer gazetteer = Gazetteer.get();

  /** "Putin-Kim": split into parts when each part is a name of the article or a known place. */
  void split(List<Candidate> candidates) {
    Set<String> words = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.is(EntityType.PERSON)) {
        for (String w : c.key.split(" ")) {
          words.add(w);
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.kind != MentionKind.DEMONYM && !c.is(EntityType.WORK_OF_ART)
          && HYPHEN_NAMES.matcher(c.text).matches()) {
        String[] parts = c.text.split("[-\u2013]");
        boolean allKnown = true;
        for (String p : parts) {
          allKnown &= words.contains(p) || gazetteer.place(p).isPresent();
        }
        if (allKnown && parts.length > 1) {
          int at = c.begin;
          for (String p : parts) {
            EntityType type = words.contains(p) ? EntityType.PERSON : EntityType.LOCATION;
            out.add(Candidate.keyed(at, at + p.length(), p, type, MentionKind.ALIAS, p));
            at += p.length() + 1;
          }
          continue;
        }
      }
      out.add(c);
    }
    candidates.clear();
    candidates.addAll(out);
  }
}
