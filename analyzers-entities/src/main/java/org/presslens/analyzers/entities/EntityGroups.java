package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * The growing entities of one article as a union-find over groups of {@link Candidate}s: a candidate joins a group,
 * two groups merge into one (the root holds the members, the type votes and the fixed name). Groups are kept in order
 * of creation, and a group may be found again by a grouping key ("person:Kim Jong-un", "place:Russia").
 */
final class EntityGroups {

  /** One group; {@link #root()} is the group it was merged into, or itself. */
  static final class Group {
    final List<Candidate> members = new ArrayList<>();
    /**
     * The members' type votes, by type in order of first appearance among the members (a member's type, kind and
     * vote no longer change once it has joined).
     */
    final Map<EntityType, Double> votes = new LinkedHashMap<>();
    String fixedName;
    String fixedSubtype;
    private Group parent;

    Group root() {
      Group g = this;
      while (g.parent != null) {
        g = g.parent;
      }
      return g;
    }

    boolean isLiveRoot() {
      return parent == null && !members.isEmpty();
    }
  }

  private final List<Group> all = new ArrayList<>();
  private final Map<String, Group> byKey = new LinkedHashMap<>();

  /** Every group ever created, in order of creation (merged ones included: check {@link Group#isLiveRoot()}). */
  List<Group> all() {
    return all;
  }

  /** The groups that hold the members, in order of creation. */
  List<Group> roots() {
    return all.stream().filter(Group::isLiveRoot).toList();
  }

  /** The root of the group under {@code key}, created (with {@code init}) when there is none. */
  Group keyed(String key, Supplier<Group> init) {
    return byKey.computeIfAbsent(key, k -> {
      Group g = init.get();
      all.add(g);
      return g;
    }).root();
  }

  /** The root of the group under {@code key}, created empty when there is none. */
  Group keyed(String key) {
    return keyed(key, Group::new);
  }

  /** The group of a known place, under its canonical name and subtype. */
  Group place(Gazetteer.Place place) {
    return keyed("place:" + place.name(), () -> {
      Group g = new Group();
      g.fixedName = place.name();
      g.fixedSubtype = place.subtype();
      return g;
    });
  }

  static void join(Candidate c, Group g) {
    Group r = g.root();
    c.group = r;
    r.members.add(c);
    r.votes.merge(c.kind == MentionKind.DEMONYM ? EntityType.LOCATION : c.type, c.vote, Double::sum);
  }

  /** Merges {@code from}'s root into {@code into}'s root; {@code into} keeps its fixed name when it has one. */
  static void merge(Group from, Group into) {
    from = from.root();
    into = into.root();
    if (from == into) {
      return;
    }
    for (Candidate c : from.members) {
      c.group = into;
    }
    into.members.addAll(from.members);
    from.members.clear();
    for (Map.Entry<EntityType, Double> v : from.votes.entrySet()) {
      into.votes.merge(v.getKey(), v.getValue(), Double::sum);
    }
    from.votes.clear();
    if (into.fixedName == null) {
      into.fixedName = from.fixedName;
      into.fixedSubtype = from.fixedSubtype;
    }
    from.parent = into;
  }

  /**
   * The group's type: LOCATION for a known place, ORGANIZATION for a known organisation's long form the NER layer
   * tagged so, else the type with the most votes (ties: WORK_OF_ART, LOCATION, ORGANIZATION, PERSON, MISC).
   */
  static EntityType type(Group g) {
    if (g.fixedSubtype != null) {
      return EntityType.LOCATION;
    }
    if (g.fixedName != null && g.votes.containsKey(EntityType.ORGANIZATION)) {
      return EntityType.ORGANIZATION;
    }
    return g.votes.entrySet().stream().max(Map.Entry.<EntityType, Double>comparingByValue()
        .thenComparing(e -> typeRank(e.getKey()))).map(Map.Entry::getKey).orElse(EntityType.MISC);
  }

  private static int typeRank(EntityType type) {
    return switch (type) {
      case WORK_OF_ART -> 5;
      case LOCATION -> 4;
      case ORGANIZATION -> 3;
      case PERSON -> 2;
      case MISC -> 1;
    };
  }

  /** The key of the member with the most words (ties: the longest), acronyms and demonyms aside. */
  static String longestKey(Group g) {
    Candidate best = null;
    for (Candidate c : g.members) {
      if (c.kind == MentionKind.DEMONYM || c.kind == MentionKind.ACRONYM) {
        continue;
      }
      if (best == null || c.words() > best.words()
          || c.words() == best.words() && c.key.length() > best.key.length()) {
        best = c;
      }
    }
    return best != null ? best.key : g.members.get(0).key;
  }

  /** The fixed name (gazetteer, acronym table) or else the longest key. */
  static String canonicalName(Group g) {
    return g.fixedName != null ? g.fixedName : longestKey(g);
  }
}
