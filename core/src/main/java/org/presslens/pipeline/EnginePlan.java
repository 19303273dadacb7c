package org.presslens.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;

/**
 * The NLP engines of a pipeline: one producer chosen for every layer the analyzers need (and every layer those
 * producers consume), the engines in an order that satisfies what they consume, and for an article the layers each
 * engine computes. Engines that produce nothing needed are not part of the plan, so their models are never loaded.
 * Immutable.
 */
final class EnginePlan {

  /** The plan of a pipeline whose analyzers need no NLP layer. */
  static final EnginePlan NONE = new EnginePlan(List.of(), Map.of());

  private final List<NlpEngine> engines;
  private final Map<NlpLayer<?>, NlpEngine> producers;

  private EnginePlan(List<NlpEngine> engines, Map<NlpLayer<?>, NlpEngine> producers) {
    this.engines = List.copyOf(engines);
    this.producers = Map.copyOf(producers);
  }

  /**
   * Chooses among {@code candidates} a producer for each of {@code needed} (closed over what layers imply and what
   * the chosen engines consume), then orders the chosen engines.
   *
   * @param neededBy for each needed layer, who needs it (for messages)
   * @param pick the names of the engines to choose from, or empty for all candidates
   * @throws IllegalArgumentException for a layer no candidate produces, a layer several produce (naming the option
   *     that picks), an engine name in {@code pick} that is not a candidate, or a cycle of consumption
   */
  static EnginePlan of(List<NlpEngine> candidates, Map<NlpLayer<?>, String> neededBy, List<String> pick) {
    if (neededBy.isEmpty()) {
      return NONE;
    }
    List<NlpEngine> usable = candidates;
    if (!pick.isEmpty()) {
      Set<String> names = candidates.stream().map(NlpEngine::name).collect(Collectors.toSet());
      for (String name : pick) {
        if (!names.contains(name)) {
          throw new IllegalArgumentException("option '" + Pipeline.NLP_ENGINES_OPTION + "' names the NLP engine '"
              + name + "', which is not on the class path; " + NlpEngines.describe(candidates));
        }
      }
      usable = candidates.stream().filter(e -> pick.contains(e.name())).toList();
    }
    Map<NlpLayer<?>, NlpEngine> producers = new LinkedHashMap<>();
    Map<NlpLayer<?>, String> why = new LinkedHashMap<>(neededBy);
    Deque<NlpLayer<?>> todo = new ArrayDeque<>(NlpLayer.closure(neededBy.keySet()));
    while (!todo.isEmpty()) {
      NlpLayer<?> layer = todo.poll();
      if (producers.containsKey(layer)) {
        continue;
      }
      NlpEngine producer = producer(layer, usable, candidates, why.getOrDefault(layer, "the NLP engines"));
      producers.put(layer, producer);
      for (NlpLayer<?> more : NlpLayer.closure(producer.consumes())) {
        why.putIfAbsent(more, "the NLP engine '" + producer.name() + "'");
        todo.add(more);
      }
      for (NlpLayer<?> implied : layer.closure()) {
        why.putIfAbsent(implied, why.get(layer));
        todo.add(implied);
      }
    }
    return new EnginePlan(ordered(new LinkedHashSet<>(producers.values()), producers), producers);
  }

  private static NlpEngine producer(NlpLayer<?> layer, List<NlpEngine> usable, List<NlpEngine> candidates,
                                    String neededBy) {
    List<NlpEngine> found = usable.stream().filter(e -> e.produces().contains(layer)).toList();
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no NLP engine produces the layer " + layer.id() + " needed by " + neededBy
          + " (" + NlpEngines.describe(usable) + "); add the jar of an NLP engine that produces " + layer.id()
          + " to the class path" + (usable.size() < candidates.size() ? " or widen option '"
          + Pipeline.NLP_ENGINES_OPTION + "'" : ""));
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException("several NLP engines produce the layer " + layer.id() + " needed by "
          + neededBy + ": " + found.stream().map(NlpEngine::name).collect(Collectors.joining(", "))
          + "; choose with option '" + Pipeline.NLP_ENGINES_OPTION + "' (the engines to use, e.g. "
          + found.get(0).name() + ") or remove all but one from the class path");
    }
    return found.get(0);
  }

  /** The engines in an order where each comes after the producers of what it consumes; by name where free. */
  private static List<NlpEngine> ordered(Set<NlpEngine> chosen, Map<NlpLayer<?>, NlpEngine> producers) {
    List<NlpEngine> ordered = new ArrayList<>();
    List<NlpEngine> byName = chosen.stream().sorted(Comparator.comparing(NlpEngine::name)).toList();
    for (NlpEngine e : byName) {
      visit(e, producers, new ArrayList<>(), ordered);
    }
    return ordered;
  }

  private static void visit(NlpEngine e, Map<NlpLayer<?>, NlpEngine> producers, List<String> path,
                            List<NlpEngine> ordered) {
    if (ordered.contains(e)) {
      return;
    }
    if (path.contains(e.name())) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(e.name()), path.size()));
      cycle.add(e.name());
      throw new IllegalArgumentException("the NLP engines consume each other's layers in a cycle: "
          + String.join(" -> ", cycle));
    }
    path.add(e.name());
    NlpLayer.closure(e.consumes()).stream().map(producers::get).filter(p -> p != e).distinct()
        .sorted(Comparator.comparing(NlpEngine::name)).forEach(p -> visit(p, producers, path, ordered));
    path.remove(path.size() - 1);
    ordered.add(e);
  }

  /** The chosen engines, in run order. */
  List<NlpEngine> engines() {
    return engines;
  }

  /** Every layer of the plan, with what the chosen engines consume; sorted by id. */
  Set<NlpLayer<?>> layers() {
    Set<NlpLayer<?>> all = new TreeSet<>(NlpLayer.BY_ID);
    all.addAll(producers.keySet());
    return all;
  }

  /** The layers of the plan that {@code engine} computes. */
  Set<NlpLayer<?>> layersOf(NlpEngine engine) {
    Set<NlpLayer<?>> mine = new TreeSet<>(NlpLayer.BY_ID);
    producers.forEach((layer, e) -> {
      if (e == engine) {
        mine.add(layer);
      }
    });
    return mine;
  }

  /**
   * For an article whose analyzers need {@code needed}: each engine to run, in order, with the layers it computes
   * (what the later engines consume included).
   */
  Map<NlpEngine, Set<NlpLayer<?>>> requests(Set<NlpLayer<?>> needed) {
    Set<NlpLayer<?>> all = new LinkedHashSet<>();
    Deque<NlpLayer<?>> todo = new ArrayDeque<>(NlpLayer.closure(needed));
    while (!todo.isEmpty()) {
      NlpLayer<?> layer = todo.poll();
      if (all.add(layer)) {
        todo.addAll(NlpLayer.closure(producer(layer).consumes()));
        todo.addAll(layer.closure());
      }
    }
    Map<NlpEngine, Set<NlpLayer<?>>> requests = new LinkedHashMap<>();
    for (NlpEngine engine : engines) {
      Set<NlpLayer<?>> mine = new TreeSet<>(NlpLayer.BY_ID);
      all.stream().filter(l -> producer(l) == engine).forEach(mine::add);
      if (!mine.isEmpty()) {
        requests.put(engine, mine);
      }
    }
    return requests;
  }

  /**
   * The first engine (in run order) that an analyzer needing {@code layers} depends on and that does not handle
   * {@code language}; empty when all do (an unknown language, {@code und} or null, counts as handled).
   */
  Optional<NlpEngine> notHandling(Set<NlpLayer<?>> layers, String language) {
    if (language == null || "und".equals(language) || layers.isEmpty()) {
      return Optional.empty();
    }
    Set<NlpEngine> involved = requests(layers).keySet();
    return involved.stream().filter(e -> !e.languages().isEmpty() && !e.languages().contains(language)).findFirst();
  }

  /** The sum of what the chosen engines need for their layers ({@link NlpEngine#requiredHeapBytes}). */
  long requiredHeapBytes() {
    return engines.stream().mapToLong(e -> e.requiredHeapBytes(layersOf(e))).sum();
  }

  private NlpEngine producer(NlpLayer<?> layer) {
    NlpEngine e = producers.get(layer);
    if (e == null) {
      throw new IllegalStateException("the layer " + layer.id() + " is not part of this pipeline's plan");
    }
    return e;
  }
}
