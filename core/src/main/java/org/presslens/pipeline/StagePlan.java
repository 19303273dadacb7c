package org.presslens.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * The analyzers of a pipeline being built: the selected ones, each configured, plus every analyzer their required
 * results come from that the registry has (spaCy's {@code requires}: selecting {@code stance} alone adds
 * {@code entities} and {@code sentiment}, and the report says for whom); then in an order that satisfies the
 * requirements, keeping selection order where free.
 */
final class StagePlan {
  private final Map<String, Stage> stages = new LinkedHashMap<>();
  private final Map<String, List<String>> requiredBy = new LinkedHashMap<>();

  private StagePlan() {
  }

  /**
   * Plans {@code selected} with the options of {@code byOwner} (keys without the owner prefix).
   *
   * @throws IllegalArgumentException for an unknown analyzer, a bad option, an unmet requirement or a cycle
   */
  static StagePlan of(AnalyzerRegistry registry, List<String> selected, Map<String, Map<String, Object>> byOwner) {
    StagePlan plan = new StagePlan();
    Map<String, AnalyzerProvider<?>> providers = new LinkedHashMap<>();
    for (String name : selected) {
      providers.put(name, registry.lookup(name));
    }
    Deque<String> todo = new ArrayDeque<>(providers.keySet());
    while (!todo.isEmpty()) {
      String name = todo.poll();
      AnalyzerProvider<?> provider = providers.get(name);
      Config config = Config.parse(name, provider.options(), byOwner.getOrDefault(name, Map.of()));
      for (ConfigOption<?> perArticle : provider.articleOptions()) {
        if (!provider.options().contains(perArticle)) {
          throw new IllegalArgumentException("analyzer '" + name + "' declares the per-article option '"
              + perArticle.key() + "' that is not among its options");
        }
      }
      Set<Requirement> requirements = provider.requires(config);
      for (Requirement r : requirements) {
        if (r instanceof NlpLayer<?>) {
          continue;
        }
        if (!(r instanceof ResultKey<?> key)) {
          throw new IllegalArgumentException("analyzer '" + name + "' declares requirement " + r.id()
              + " of unsupported kind " + r.getClass().getName() + "; use an NlpLayer or a ResultKey");
        }
        if (!providers.containsKey(key.name()) && registry.names().contains(key.name())) {
          providers.put(key.name(), registry.lookup(key.name()));
          plan.requiredBy.put(key.name(), new ArrayList<>());
          todo.add(key.name());
        }
        if (plan.requiredBy.containsKey(key.name()) && !plan.requiredBy.get(key.name()).contains(name)) {
          plan.requiredBy.get(key.name()).add(name);
        }
      }
      plan.stages.put(name, new Stage(provider, config, requirements));
    }
    return plan;
  }

  /** The names of all planned analyzers, the added ones included. */
  Set<String> names() {
    return Collections.unmodifiableSet(stages.keySet());
  }

  /** For each analyzer added for others, the analyzers that required it. */
  Map<String, List<String>> requiredBy() {
    return requiredBy;
  }

  /** Topological order by result requirements, keeping selection order where free. */
  List<Stage> ordered() {
    for (Stage s : stages.values()) {
      for (ResultKey<?> key : s.requiredResults()) {
        Stage producer = stages.get(key.name());
        if (producer == null) {
          throw new IllegalArgumentException("analyzer '" + s.name() + "' requires " + key.id()
              + ", which no analyzer on the class path produces; put the jar that provides '" + key.name()
              + "' on the class path");
        }
        if (!key.type().isAssignableFrom(producer.provider.resultType())) {
          throw new IllegalArgumentException("analyzer '" + s.name() + "' requires " + key.id() + " of type "
              + key.type().getName() + ", but '" + key.name() + "' produces "
              + producer.provider.resultType().getName());
        }
      }
    }
    List<Stage> ordered = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (Stage s : stages.values()) {
      visit(s, done, new ArrayList<>(), ordered);
    }
    return ordered;
  }

  private void visit(Stage s, Set<String> done, List<String> path, List<Stage> ordered) {
    if (done.contains(s.name())) {
      return;
    }
    if (path.contains(s.name())) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(s.name()), path.size()));
      cycle.add(s.name());
      throw new IllegalArgumentException("analyzer '" + s.name() + "' is part of a requirement cycle: "
          + String.join(" -> ", cycle));
    }
    path.add(s.name());
    s.requiredResults().stream().map(k -> stages.get(k.name())).sorted(Comparator.comparing(Stage::name))
        .forEach(dep -> visit(dep, done, path, ordered));
    path.remove(path.size() - 1);
    done.add(s.name());
    ordered.add(s);
  }
}
