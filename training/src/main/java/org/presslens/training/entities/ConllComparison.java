package org.presslens.training.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.presslens.training.entities.ConllEvaluation.Chunk;

/**
 * The side-by-side CoNLL evaluation: presslens's entity mentions and the NER layer's bare mentions (the floor: the
 * same annotation of the same text, before any presslens rule) against the gold chunks, with a confusion table of
 * types per system and the most frequent disagreements — presslens against gold, and where presslens and the floor
 * differ, which one gold agrees with.
 */
public final class ConllComparison {

  /** How many of the most frequent disagreements each list keeps by default. */
  public static final int TOP = 25;

  private final int top;

  private final ConllEvaluation.Counts presslens = new ConllEvaluation.Counts();
  private final ConllEvaluation.Counts floor = new ConllEvaluation.Counts();
  private final TypeConfusion presslensConfusion = new TypeConfusion();
  private final TypeConfusion floorConfusion = new TypeConfusion();
  private final Tally againstGold = new Tally();
  private final Tally losses = new Tally();
  private final Tally wins = new Tally();
  private final Tally added = new Tally();

  /** A comparison whose lists keep the {@link #TOP} most frequent disagreements. */
  public ConllComparison() {
    this(TOP);
  }

  /** A comparison whose lists keep the {@code top} most frequent disagreements. */
  public ConllComparison(int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative, got " + top);
    }
    this.top = top;
  }

  /** Adds one document's gold, presslens and floor chunks; {@code text} gives a chunk's words. */
  public void add(Set<Chunk> gold, Set<Chunk> predicted, Set<Chunk> bare, Function<Chunk, String> text) {
    presslens.add(gold, predicted);
    floor.add(gold, bare);
    presslensConfusion.add(gold, predicted);
    floorConfusion.add(gold, bare);
    for (Chunk p : predicted) {
      if (!gold.contains(p)) {
        againstGold.add(describe(p, gold, text, "gold"));
      }
    }
    for (Chunk g : gold) {
      if (overlapping(g, predicted).isEmpty()) {
        againstGold.add("missed: " + show(g, text));
      }
    }
    for (Chunk f : bare) {
      if (gold.contains(f) && !predicted.contains(f)) {
        losses.add(show(f, text) + " -> presslens " + shown(overlapping(f, predicted), text));
      }
    }
    for (Chunk p : predicted) {
      if (gold.contains(p) && !bare.contains(p)) {
        wins.add(show(p, text) + " <- floor " + shown(overlapping(p, bare), text));
      } else if (!gold.contains(p) && !bare.contains(p)) {
        added.add(show(p, text) + " <- floor " + shown(overlapping(p, bare), text) + ", gold "
            + shown(overlapping(p, gold), text));
      }
    }
  }

  public ConllEvaluation.Counts presslens() {
    return presslens;
  }

  public ConllEvaluation.Counts floor() {
    return floor;
  }

  /**
   * The JSON figures: presslens's as {@link ConllEvaluation.Counts#summary()} (same fields), then {@code floor} (the
   * same figures for the NER layer's bare mentions), {@code confusion} ({@code presslens} and {@code floor}: gold
   * type to predicted type of exactly matching spans, O for none) and {@code disagreements} ({@code vs_gold},
   * {@code losses_vs_floor}: gold chunks the floor found and presslens did not, {@code wins_vs_floor}: the
   * reverse, {@code errors_added_vs_floor}: presslens's chunks that neither gold nor the floor has; each a list
   * of {@code "<count>x <what>"}, most frequent first, with a {@code _total} count beside the floor lists).
   */
  public Map<String, Object> summary() {
    Map<String, Object> m = presslens.summary();
    Map<String, Object> f = floor.summary();
    f.remove("task");
    f.remove("documents");
    m.put("floor", f);
    Map<String, Object> confusion = new LinkedHashMap<>();
    confusion.put("presslens", presslensConfusion.table());
    confusion.put("floor", floorConfusion.table());
    m.put("confusion", confusion);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("vs_gold", againstGold.top(top));
    d.put("losses_vs_floor_total", losses.total());
    d.put("losses_vs_floor", losses.top(top));
    d.put("wins_vs_floor_total", wins.total());
    d.put("wins_vs_floor", wins.top(top));
    d.put("errors_added_vs_floor_total", added.total());
    d.put("errors_added_vs_floor", added.top(top));
    m.put("disagreements", d);
    return m;
  }

  /** A predicted chunk gold does not have: a type error, a span error, or spurious. */
  private static String describe(Chunk p, Set<Chunk> reference, Function<Chunk, String> text, String name) {
    List<Chunk> over = overlapping(p, reference);
    for (Chunk r : over) {
      if (r.first() == p.first() && r.end() == p.end()) {
        return "type: " + name + " " + show(r, text) + " -> " + p.type();
      }
    }
    if (over.isEmpty()) {
      return "spurious: " + show(p, text);
    }
    return "span: " + name + " " + shown(over, text) + " -> " + show(p, text);
  }

  private static List<Chunk> overlapping(Chunk c, Set<Chunk> others) {
    List<Chunk> out = new ArrayList<>();
    if (c.sentence() < 0) {
      return out;
    }
    for (Chunk o : others) {
      if (o.sentence() == c.sentence() && o.first() < c.end() && c.first() < o.end()) {
        out.add(o);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Chunk::first));
    return out;
  }

  private static String show(Chunk c, Function<Chunk, String> text) {
    return c.type() + " '" + text.apply(c) + "'";
  }

  private static String shown(List<Chunk> chunks, Function<Chunk, String> text) {
    if (chunks.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    chunks.forEach(c -> parts.add(show(c, text)));
    return String.join(" + ", parts);
  }

  /** Counts of gold type by predicted type over exactly matching spans; O where one side has no chunk. */
  static final class TypeConfusion {
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    void add(Set<Chunk> gold, Set<Chunk> predicted) {
      Map<List<Integer>, String> bySpan = new LinkedHashMap<>();
      for (Chunk p : predicted) {
        bySpan.put(List.of(p.sentence(), p.first(), p.end()), p.type());
      }
      Set<List<Integer>> goldSpans = new HashSet<>();
      for (Chunk g : gold) {
        List<Integer> span = List.of(g.sentence(), g.first(), g.end());
        goldSpans.add(span);
        count(g.type(), bySpan.getOrDefault(span, "O"));
      }
      bySpan.forEach((span, type) -> {
        if (!goldSpans.contains(span)) {
          count("O", type);
        }
      });
    }

    private void count(String gold, String predicted) {
      counts.computeIfAbsent(gold, k -> new LinkedHashMap<>()).merge(predicted, 1, Integer::sum);
    }

    /** Rows by gold type, columns by predicted type, in the order PER, ORG, LOC, MISC, O. */
    Map<String, Map<String, Integer>> table() {
      List<String> order = new ArrayList<>(ConllEvaluation.TYPES);
      order.add("O");
      Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
      for (String g : order) {
        Map<String, Integer> row = new LinkedHashMap<>();
        for (String p : order) {
          if (!(g.equals("O") && p.equals("O"))) {
            row.put(p, counts.getOrDefault(g, Map.of()).getOrDefault(p, 0));
          }
        }
        out.put(g, row);
      }
      return out;
    }
  }

  /** Counts of descriptions; the most frequent first (ties by text). */
  static final class Tally {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String what) {
      counts.merge(what, 1, Integer::sum);
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<String> top(int n) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
          .limit(n).map(e -> e.getValue() + "x " + e.getKey()).toList();
    }
  }
}
