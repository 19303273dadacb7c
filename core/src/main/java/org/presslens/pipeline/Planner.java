package org.presslens.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Config;

/**
 * Plans a pipeline from its builder's settings: the analyzers ({@link StagePlan}), then the NLP engines their layers
 * need ({@link EnginePlan}), then the heap check.
 */
final class Planner {

  /** A validated plan: the stages in order, the engines, the time limit (null for none) and who required whom. */
  record Plan(List<Stage> stages, EnginePlan engines, Duration timeLimit, Map<String, List<String>> requiredBy) {
  }

  private Planner() {
  }

  static Plan plan(AnalyzerRegistry registry, List<String> names, Map<String, Object> options,
                   List<NlpEngine> givenEngines, ClassLoader loader, boolean checkHeap) {
    List<String> selected = new ArrayList<>(names);
    if (selected.isEmpty()) {
      selected.addAll(registry.names());
      if (selected.isEmpty()) {
        throw new IllegalStateException("no analyzer found on the class path"
            + (registry.problems().isEmpty() ? "" : " (" + String.join("; ", registry.problems()) + ")")
            + "; put an analyzer's jar on the class path");
      }
    }
    Map<String, Map<String, Object>> byOwner = new TreeMap<>();
    for (Map.Entry<String, Object> e : options.entrySet()) {
      int dot = e.getKey().indexOf('.');
      String owner = dot > 0 ? e.getKey().substring(0, dot) : "";
      byOwner.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(e.getKey().substring(dot + 1), e.getValue());
    }
    StagePlan stagePlan = StagePlan.of(registry, selected, byOwner);
    for (String key : options.keySet()) {
      int dot = key.indexOf('.');
      String owner = dot > 0 ? key.substring(0, dot) : "";
      if (!owner.equals(Pipeline.NLP) && !owner.equals(Pipeline.PIPELINE) && !stagePlan.names().contains(owner)) {
        throw new IllegalArgumentException("option '" + key + "' names no selected analyzer; options are"
            + " given as <analyzer>.<key> or nlp.<key>, and the selected analyzers are " + stagePlan.names());
      }
    }
    Config pipelineConfig = Config.parse(Pipeline.PIPELINE, Pipeline.options(),
        byOwner.getOrDefault(Pipeline.PIPELINE, Map.of()));
    double seconds = pipelineConfig.get(Pipeline.TIME_LIMIT_SECONDS);
    Duration limit = seconds > 0 ? Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9))) : null;
    List<Stage> ordered = stagePlan.ordered();

    Map<NlpLayer<?>, String> neededBy = new LinkedHashMap<>();
    ordered.forEach(s -> s.layers().forEach(l -> neededBy.putIfAbsent(l, "analyzer '" + s.name() + "'")));
    Map<String, Object> nlpOptions = byOwner.getOrDefault(Pipeline.NLP, Map.of());
    List<NlpEngine> candidates = givenEngines;
    if (!givenEngines.isEmpty() && !nlpOptions.isEmpty()) {
      throw new IllegalArgumentException("nlp.* options " + nlpOptions.keySet()
          + " cannot be applied to an NLP engine given with nlpEngine(...)");
    }
    if (givenEngines.isEmpty() && (!neededBy.isEmpty() || !nlpOptions.isEmpty())) {
      candidates = NlpEngines.createAll(NlpEngines.providers(loader), nlpOptions);
    }
    EnginePlan engines = EnginePlan.of(candidates, neededBy, pipelineConfig.get(Pipeline.NLP_ENGINES));
    if (checkHeap) {
      Map<String, Long> analyzerModels = new LinkedHashMap<>();
      ordered.forEach(st -> analyzerModels.put(st.name(), st.provider.requiredHeapBytes(st.config)));
      HeapCheck.require(engines, analyzerModels);
    }
    return new Plan(ordered, engines, limit, stagePlan.requiredBy());
  }
}
