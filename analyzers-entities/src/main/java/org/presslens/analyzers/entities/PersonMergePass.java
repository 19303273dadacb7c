package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analyzers.entities.EntityGroups.Group;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * A person's shorter full name joins the longer one ("Nina Khrushcheva" into "Nina L. Khrushcheva",
 * {@link Names#extendsName}). Only names with the same first and last words can join, so the pairs are compared
 * within those sets, the longest names first.
 */
final class PersonMergePass implements GroupingPass {

  @Override
  public void apply(State state) {
    List<Group> people = new ArrayList<>();
    Map<Group, Integer> words = new IdentityHashMap<>();
    for (Group g : state.groups().roots()) {
      int n = EntityGroups.longestKey(g).split(" ").length;
      if (EntityGroups.type(g) == EntityType.PERSON && n > 1) {
        people.add(g);
        words.put(g, n);
      }
    }
    people.sort(Comparator.comparingInt((Group g) -> -words.get(g)));
    Map<List<String>, List<Group>> sameEnds = new LinkedHashMap<>();
    for (Group g : people) {
      String[] w = EntityGroups.longestKey(g).split(" ");
      sameEnds.computeIfAbsent(List.of(w[0], w[w.length - 1]), k -> new ArrayList<>()).add(g);
    }
    for (List<Group> set : sameEnds.values()) {
      for (int i = 0; i < set.size(); i++) {
        for (int j = i + 1; j < set.size(); j++) {
          Group a = set.get(i).root();
          Group b = set.get(j).root();
          if (a != b && Names.extendsName(EntityGroups.longestKey(a), EntityGroups.longestKey(b))) {
            EntityGroups.merge(b, a);
          }
        }
      }
    }
  }
}
