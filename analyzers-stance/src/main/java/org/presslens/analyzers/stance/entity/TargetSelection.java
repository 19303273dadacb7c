package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.model.Span;

/**
 * Which entities get a stance: the named ones (matched by name tokens, titles aside, then by a mention's spelling,
 * then among entities of other types, else the name's occurrences in the text), or the most salient people,
 * organisations and places ({@link DefaultTargets}). An entity whose name tokens are a subset of another's of the same
 * type ("Putin", "Vladimir Putin") joins it. Stateless.
 */
final class TargetSelection {

  static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  /** People are the usual targets of an author's stance, then organisations, then places. */
  static final Map<String, Double> TYPE_WEIGHT = Map.of("PERSON", 1.0, "ORGANIZATION", 0.8, "LOCATION", 0.6);
  static final double THRESHOLD = 0.1;
  static final double PLACE_THRESHOLD = 0.2;
  static final int MAX_EVIDENCE = 5;
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
      "president", "prime", "minister", "mayor", "councillor", "councilor", "senator", "governor", "chancellor",
      "leader", "chairman", "chair", "professor", "judge", "general", "king", "queen", "prince", "the", "of");

  private TargetSelection() {
  }

  /** The targets of an article and every person, organisation and place of it (which move the focus of "he", "it"). */
  record Selection(List<Target> targets, List<Target> everyone) {
  }

  /** The targets named by {@code names}, or the {@code count} most salient entities when {@code names} is empty. */
  static Selection select(EntityStances.Input in, List<String> names, int count) {
    List<Group> groups = groups(in.entities());
    List<Target> targets = names.isEmpty() ? salient(in, groups, count) : named(in, groups, names);
    List<Target> everyone = new ArrayList<>(targets);
    for (Group g : groups) {
      everyone.add(g.target());
    }
    return new Selection(targets, everyone);
  }

  /** Entities of the kinds that take a stance, merged by name (a surname joins the full name), most salient first. */
  static List<Target> ranked(EntityStances.Input in, int count) {
    List<Target> all = ranked(groups(in.entities()));
    return List.copyOf(all.subList(0, Math.min(count, all.size())));
  }

  /** The {@code count} most salient {@link DefaultTargets} (no bystanders, no fragments). */
  private static List<Target> salient(EntityStances.Input in, List<Group> groups, int count) {
    List<Target> candidates = ranked(groups);
    List<Target> others = new ArrayList<>();
    for (EntitiesResult.Entity e : in.entities().entities()) {
      others.add(new Target(e.name(), e.id(), e.type(), e.namingMentions().stream()
          .map(m -> new Span(m.begin(), m.end())).toList(), null, 0));
    }
    List<Target> about = DefaultTargets.filter(candidates, others, in.article().text());
    return List.copyOf(about.subList(0, Math.min(count, about.size())));
  }

  /** Every group's target, most salient first (ties: first mention first). */
  private static List<Target> ranked(List<Group> groups) {
    record Ranked(Group group, double rank, int firstBegin) {
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Group g : groups) {
      ranked.add(new Ranked(g, g.rank(), g.firstBegin()));
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.rank()).thenComparingInt(Ranked::firstBegin));
    List<Target> candidates = new ArrayList<>();
    for (Ranked r : ranked) {
      candidates.add(r.group().target());
    }
    return candidates;
  }

  /** The targets the user named: the entities whose names match, or the name's occurrences in the text. */
  static List<Target> named(EntityStances.Input in, List<String> names) {
    return named(in, groups(in.entities()), names);
  }

  private static List<Target> named(EntityStances.Input in, List<Group> groups, List<String> names) {
    List<Target> out = new ArrayList<>();
    for (String name : names) {
      List<String> key = nameTokens(name);
      Group match = null;
      for (Group g : groups) {
        for (int i = 0; i < g.members.size(); i++) {
          List<String> k = g.tokens.get(i);
          if (!key.isEmpty() && !k.isEmpty() && (k.containsAll(key) || key.containsAll(k))) {
            match = g;
            break;
          }
        }
        if (match != null) {
          break;
        }
      }
      if (match == null) {
        match = byMention(groups, key);
      }
      EntitiesResult.Entity other = match == null ? otherEntity(in.entities(), key) : null;
      if (match != null) {
        Target t = match.target();
        out.add(new Target(name, t.entityId(), t.type(), t.mentions(), t.sentiment(), t.rank()));
      } else if (other != null) {
        Target t = new Group(other, nameTokens(other.name())).target();
        out.add(new Target(name, t.entityId(), t.type(), t.mentions(), t.sentiment(), t.rank()));
      } else {
        List<Span> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(in.article().text());
        while (m.find()) {
          spans.add(new Span(m.start(), m.end()));
        }
        out.add(new Target(name, null, null, spans, null, 0));
      }
    }
    return out;
  }

  /** The group with a mention written as {@code key} ("US" of the United States), or null. */
  private static Group byMention(List<Group> groups, List<String> key) {
    for (Group g : groups) {
      for (EntitiesResult.Entity e : g.members) {
        for (EntitiesResult.Mention m : e.namingMentions()) {
          if (nameTokens(m.text()).equals(key)) {
            return g;
          }
        }
      }
    }
    return null;
  }

  /** An entity of another type (a work, a law, a group) whose name or a mention is written as {@code key}, or null. */
  private static EntitiesResult.Entity otherEntity(EntitiesResult entities, List<String> key) {
    if (entities == null || key.isEmpty()) {
      return null;
    }
    for (EntitiesResult.Entity e : entities.entities()) {
      if (e.namingMentions().isEmpty()) {
        continue;
      }
      if (nameTokens(e.name()).equals(key)) {
        return e;
      }
      for (EntitiesResult.Mention m : e.namingMentions()) {
        if (nameTokens(m.text()).equals(key)) {
          return e;
        }
      }
    }
    return null;
  }

  /** Entities merged when one's name tokens (titles aside) are a subset of another's of the same type. */
  private static final class Group {
    final List<EntitiesResult.Entity> members = new ArrayList<>();
    /** The {@link #nameTokens} of each member's name. */
    final List<List<String>> tokens = new ArrayList<>();

    Group(EntitiesResult.Entity head, List<String> tokens) {
      add(head, tokens);
    }

    void add(EntitiesResult.Entity e, List<String> nameTokens) {
      members.add(e);
      tokens.add(nameTokens);
    }

    EntitiesResult.Entity head() {
      return members.get(0);
    }

    double rank() {
      double salience = 0;
      boolean any = false;
      int mentions = 0;
      for (EntitiesResult.Entity e : members) {
        if (e.salience() != null) {
          salience += e.salience();
          any = true;
        }
        mentions += e.namingMentions().size();
      }
      double factor = TYPE_WEIGHT.getOrDefault(head().type(), 0.5);
      return (any ? salience * 1000 + mentions * 1e-3 : mentions) * factor;
    }

    int firstBegin() {
      return members.stream().flatMap(e -> e.namingMentions().stream()).mapToInt(EntitiesResult.Mention::begin).min()
          .orElse(Integer.MAX_VALUE);
    }

    Target target() {
      List<Span> spans = new ArrayList<>();
      double sentimentSum = 0;
      int sentimentCount = 0;
      for (EntitiesResult.Entity e : members) {
        e.namingMentions().forEach(m -> spans.add(new Span(m.begin(), m.end())));
        if (e.sentiment() != null && e.sentiment().mentions() > 0) {
          sentimentSum += e.sentiment().score() * e.sentiment().mentions();
          sentimentCount += e.sentiment().mentions();
        }
      }
      spans.sort(Comparator.naturalOrder());
      return new Target(head().name(), head().id(), head().type(), spans,
          sentimentCount == 0 ? null : sentimentSum / sentimentCount, rank());
    }
  }

  /**
   * The groups, in order of creation. A group hosts an entity when its head has the entity's type and more name tokens,
   * among them all of the entity's; the hosts of an entity are found among the groups whose head has one of its
   * tokens (the token with the fewest such groups), not among all groups.
   */
  private static List<Group> groups(EntitiesResult entities) {
    record Named(EntitiesResult.Entity entity, List<String> tokens) {
    }
    List<Named> candidates = new ArrayList<>();
    for (EntitiesResult.Entity e : entities.entities()) {
      List<String> tokens = nameTokens(e.name());
      if (TYPES.contains(e.type()) && !tokens.isEmpty() && !e.namingMentions().isEmpty()) {
        candidates.add(new Named(e, tokens));
      }
    }
    // longest names first, so that a surname joins the full name
    candidates.sort(Comparator.comparingInt((Named n) -> -n.tokens().size()));
    List<Group> groups = new ArrayList<>();
    Map<List<String>, List<Group>> byTypeAndToken = new HashMap<>();
    for (Named n : candidates) {
      List<String> k = n.tokens();
      List<Group> fewest = null;
      for (String token : k) {
        List<Group> with = byTypeAndToken.getOrDefault(List.of(n.entity().type(), token), List.of());
        if (fewest == null || with.size() < fewest.size()) {
          fewest = with;
        }
      }
      Group host = null;
      int hosts = 0;
      for (Group g : fewest) {
        List<String> hk = g.tokens.get(0);
        if (hk.size() > k.size() && hk.containsAll(k)) {
          host = g;
          if (++hosts > 1) {
            break;
          }
        }
      }
      if (hosts == 1) {
        host.add(n.entity(), k);
      } else {
        Group g = new Group(n.entity(), k);
        groups.add(g);
        for (String token : new HashSet<>(k)) {
          byTypeAndToken.computeIfAbsent(List.of(n.entity().type(), token), x -> new ArrayList<>()).add(g);
        }
      }
    }
    return groups;
  }

  static List<String> nameTokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : name.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}'-]+")) {
      String s = t.endsWith("'s") ? t.substring(0, t.length() - 2) : t;
      if (!s.isEmpty() && !TITLES.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
