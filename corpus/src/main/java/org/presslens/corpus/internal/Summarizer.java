package org.presslens.corpus.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presslens.corpus.Bootstrap;
import org.presslens.corpus.CorpusBuilder;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.CorpusSummary.Group;
import org.presslens.corpus.EntityIdentity;
import org.presslens.corpus.EntityNames;
import org.presslens.corpus.GroupBy;

/** Turns a builder's accumulated cells into a {@link CorpusSummary}: identities, ranking, cells, intervals. */
public final class Summarizer {
  private static final Comparator<List<String>> VALUES = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private final CorpusOptions options;

  public Summarizer(CorpusOptions options) {
    this.options = options;
  }

  /** The summary; reads but never changes the maps. */
  public CorpusSummary summarize(CorpusSummary.Inputs inputs, Map<String, List<String>> groupValues,
                                 Map<String, List<String>> marginalValues, Map<String, Long> groupArticles, Map<String, Map<String, Long>> names,
                                 Map<String, Map<String, CellStats>> cells) {
    EntityIdentity identity = EntityIdentity.of(cells.keySet());
    Map<String, List<String>> keysOf = new TreeMap<>();
    Map<String, long[]> totals = new HashMap<>();
    for (Map.Entry<String, Map<String, CellStats>> e : cells.entrySet()) {
      String id = identity.identity(e.getKey());
      keysOf.computeIfAbsent(id, k -> new ArrayList<>()).add(e.getKey());
      CellStats all = e.getValue().get(CorpusBuilder.ALL);
      long[] t = totals.computeIfAbsent(id, k -> new long[2]);
      t[0] += all.articles();
      t[1] += all.mentionCount();
    }
    List<String> ranked = new ArrayList<>(keysOf.keySet());
    ranked.sort(Comparator.<String>comparingLong(id -> -totals.get(id)[0])
        .thenComparingLong(id -> -totals.get(id)[1]).thenComparing(Comparator.naturalOrder()));
    List<Group> groups = new ArrayList<>();
    groupValues.forEach((label, values) -> groups.add(new Group(values, label, groupArticles.get(label),
        groupArticles.get(label) < options.minArticles())));
    groups.sort(Comparator.comparing(Group::values, VALUES));
    List<CorpusSummary.Marginal> marginals = new ArrayList<>();
    List<List<String>> marginalKeys = new ArrayList<>();
    if (options.by().size() > 1) {
      for (GroupBy by : options.by()) {
        List<String> keys = marginalValues.entrySet().stream().filter(e -> e.getValue().get(0).equals(by.name()))
            .sorted(Comparator.comparing(e -> e.getValue().get(1))).map(Map.Entry::getKey).toList();
        marginals.add(new CorpusSummary.Marginal(by, keys.stream().map(k -> new Group(
            List.of(marginalValues.get(k).get(1)), by.label() + "=" + marginalValues.get(k).get(1),
            groupArticles.get(k), groupArticles.get(k) < options.minArticles())).toList()));
        marginalKeys.add(keys);
      }
    }
    List<EntityRow> rows = new ArrayList<>();
    for (String id : ranked.subList(0, Math.min(options.entities(), ranked.size()))) {
      rows.add(row(id, keysOf.get(id), names, cells, groups, marginals, marginalKeys, inputs.reports()));
    }
    long nameCount = names.values().stream().mapToLong(Map::size).sum();
    return new CorpusSummary(options, inputs, new CorpusSummary.Identities(nameCount, cells.size(), keysOf.size(),
        nameCount - keysOf.size(), identity.folded()), groups, marginals, rows);
  }

  private EntityRow row(String id, List<String> keys, Map<String, Map<String, Long>> names,
                        Map<String, Map<String, CellStats>> cells, List<Group> groups,
                        List<CorpusSummary.Marginal> marginals, List<List<String>> marginalKeys, long reports) {
    Map<String, CellStats> merged = new HashMap<>();
    Map<String, Long> surfaces = new HashMap<>();
    for (String key : keys) {
      cells.get(key).forEach((label, stats) ->
          merged.computeIfAbsent(label, l -> new CellStats()).addAll(stats, options.examples()));
      names.get(key).forEach((name, n) -> surfaces.merge(name, n, Long::sum));
    }
    Comparator<Map.Entry<String, Long>> frequent = Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey());
    List<String> all = surfaces.entrySet().stream().sorted(frequent).map(Map.Entry::getKey).limit(10).toList();
    String name = names.containsKey(id) ? names.get(id).entrySet().stream().sorted(frequent).findFirst()
        .orElseThrow().getKey() : all.get(0);
    List<Cell> row = new ArrayList<>();
    for (Group g : groups) {
      row.add(g.tooSmall() ? Cell.tooSmall(g.label()) : cell(id, g.label(), merged.get(g.label()), g.articles()));
    }
    List<List<Cell>> marginalCells = new ArrayList<>();
    for (int m = 0; m < marginals.size(); m++) {
      List<Cell> list = new ArrayList<>();
      for (int g = 0; g < marginals.get(m).groups().size(); g++) {
        Group group = marginals.get(m).groups().get(g);
        list.add(group.tooSmall() ? Cell.tooSmall(group.label())
            : cell(id, group.label(), merged.get(marginalKeys.get(m).get(g)), group.articles()));
      }
      marginalCells.add(list);
    }
    return new EntityRow(id, EntityNames.type(id), name, all,
        cell(id, "all", merged.get(CorpusBuilder.ALL), reports), row, marginalCells);
  }

  private Cell cell(String id, String label, CellStats stats, long groupArticles) {
    if (stats == null) {
      return new Cell(label, false, 0L, 0.0, 0L, Map.of(), null, null, Map.of(), List.of());
    }
    CorpusSummary.Sentiment sentiment = null;
    if (stats.sentiment().count() > 0) {
      Bootstrap.Interval ci = Bootstrap.interval(stats.sentiment(), Bootstrap.seed(options.seed(), id, label));
      sentiment = new CorpusSummary.Sentiment(stats.sentiment().count(), stats.sentiment().mean(),
          ci == null ? null : ci.low(), ci == null ? null : ci.high());
    }
    return new Cell(label, false, stats.articles(), groupArticles == 0 ? 0.0 : (double) stats.articles() / groupArticles,
        stats.mentionCount(), sorted(stats.mentions()), stats.salience(), sentiment, sorted(stats.stance()),
        List.copyOf(stats.examples()));
  }

  private static Map<String, Long> sorted(Map<String, Long> m) {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(m));
  }
}
