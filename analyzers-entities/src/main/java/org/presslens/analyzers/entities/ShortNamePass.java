package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analyzers.entities.EntityGroups.Group;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * One-word names: "Kim", "Putin", "Xi" join the person whose full name has it as its first or last word; when several
 * do, the one mentioned last before it, else the first after it, so two people sharing a surname stay apart. A known
 * place's name not typed PERSON stays a place. Any other one-word name joins the group of its key; a lone one-word
 * "person" votes only 0.5 for its type (it may be a place the NER layer mistyped).
 */
final class ShortNamePass implements GroupingPass {

  private final Gazetteer gazetteer = Gazetteer.get();

  @Override
  public void apply(State state) {
    Map<String, List<Candidate>> fullNames = fullNamesByWord(state.candidates());
    for (Candidate c : state.candidates()) {
      if (c.group != null || c.words() > 1) {
        continue;
      }
      Group person = personFor(c, fullNames);
      if (person != null) {
        c.kind = MentionKind.ALIAS;
        c.type = EntityType.PERSON;
        EntityGroups.join(c, person);
      } else {
        if (c.is(EntityType.PERSON)) {
          c.vote = 0.5;
        }
        EntityGroups.join(c, state.groups().keyed(NameKeyPass.nameKey(c)));
      }
    }
  }

  /** The multi-word person-typed candidates by their first and by their last word, in list order. */
  static Map<String, List<Candidate>> fullNamesByWord(List<Candidate> candidates) {
    Map<String, List<Candidate>> out = new HashMap<>();
    for (Candidate o : candidates) {
      if (o.words() < 2 || !o.is(EntityType.PERSON)) {
        continue;
      }
      String[] w = o.key.split(" ");
      out.computeIfAbsent(w[0], k -> new ArrayList<>()).add(o);
      if (!w[w.length - 1].equals(w[0])) {
        out.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(o);
      }
    }
    return out;
  }

  /**
   * The multi-word person whose first or last word is {@code c}'s one word; nearest preceding first, else the first
   * after. {@code fullNames}: {@link #fullNamesByWord} of the candidates, which are in order of begin.
   */
  private Group personFor(Candidate c, Map<String, List<Candidate>> fullNames) {
    if (!c.is(EntityType.PERSON) && gazetteer.place(c.key).isPresent()) {
      return null;
    }
    List<Candidate> named = fullNames.getOrDefault(c.key, List.of());
    int lo = 0;
    int hi = named.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (named.get(mid).begin < c.begin) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0; i--) {
      if (isPerson(named.get(i), c)) {
        return named.get(i).group.root();
      }
    }
    for (int i = lo; i < named.size(); i++) {
      if (isPerson(named.get(i), c)) {
        return named.get(i).group.root();
      }
    }
    return null;
  }

  private static boolean isPerson(Candidate o, Candidate c) {
    return o != c && o.group != null && EntityGroups.type(o.group.root()) == EntityType.PERSON;
  }
}
