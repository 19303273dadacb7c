package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presslens.analyzers.entities.EntityGroups.Group;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * An ungrouped acronym ("UN", "U.N.") joins the entity of the article whose multi-word name, not a person's, has
 * those initials; when several do ("Universal Networks", "United Nations"), the one that is the acronym's well-known
 * long form ({@code organizations.tsv}), else the first created. Without one, a well-known acronym ("NATO") becomes
 * an ORGANIZATION under its long form. Kind ACRONYM.
 */
final class AcronymPass implements GroupingPass {

  private final Gazetteer gazetteer = Gazetteer.get();

  @Override
  public void apply(State state) {
    Map<String, List<Group>> byInitials = byInitials(state.groups());
    for (Candidate c : state.candidates()) {
      if (c.group != null || !Names.isAcronym(c.key)) {
        continue;
      }
      Optional<String> known = gazetteer.organization(c.key);
      Group target = longForm(byInitials.getOrDefault(c.key.replace(".", ""), List.of()), known);
      if (target != null) {
        c.kind = MentionKind.ACRONYM;
        EntityGroups.join(c, target);
      } else if (known.isPresent()) {
        String longForm = known.get();
        Group g = state.groups().keyed("name:" + longForm);
        g.fixedName = longForm;
        c.kind = longForm.equals(c.key) ? MentionKind.NAME : MentionKind.ACRONYM;
        c.type = EntityType.ORGANIZATION;
        EntityGroups.join(c, g);
      }
    }
  }

  /** Of the entities whose names have the acronym's initials, the one named by its known long form, else the first. */
  private static Group longForm(List<Group> candidates, Optional<String> known) {
    if (candidates.isEmpty()) {
      return null;
    }
    if (known.isPresent()) {
      for (Group g : candidates) {
        for (Candidate m : g.root().members) {
          if (m.key.equals(known.get())) {
            return g.root();
          }
        }
      }
    }
    return candidates.get(0).root();
  }

  /**
   * The entities an acronym may stand for, by the acronym: those with a multi-word name of those initials that is
   * not a person's, in order of creation of their first group. Computed once, before any acronym joins.
   */
  private static Map<String, List<Group>> byInitials(EntityGroups groups) {
    Map<String, List<Group>> out = new LinkedHashMap<>();
    Set<Group> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Group g : groups.all()) {
      Group r = g.root(); // a root comes in the place of the first group merged into it
      if (r.members.isEmpty() || !seen.add(r)) {
        continue;
      }
      for (Candidate m : r.members) {
        if (m.words() > 1 && !m.is(EntityType.PERSON)) {
          List<Group> list = out.computeIfAbsent(Names.initials(m.key), k -> new ArrayList<>());
          if (!list.contains(r)) {
            list.add(r);
          }
        }
      }
    }
    return out;
  }
}
