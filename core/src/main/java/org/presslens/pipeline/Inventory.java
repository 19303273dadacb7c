package org.presslens.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;

/**
 * What can run, for listings ({@code presslens analyzers}): each NLP engine with the layers it produces and
 * consumes, its languages and its heap need; and for each analyzer the NLP layers a pipeline of it computes (its own,
 * with the layers they imply, and those of the analyzers it requires), with the engines that produce each. Built from
 * the analyzers' default configuration; loads no model.
 *
 * @param engines the engines, in discovery order
 * @param analyzers the analyzers, by name
 */
public record Inventory(List<Engine> engines, List<Analyzer> analyzers) {

  public Inventory {
    engines = List.copyOf(engines);
    analyzers = List.copyOf(analyzers);
  }

  /**
   * An NLP engine's declarations.
   *
   * @param name its name
   * @param produces the ids of the layers it produces, sorted
   * @param consumes the ids of the layers it reads from other engines, sorted
   * @param languages ISO 639-1 codes, sorted; empty for any language
   * @param requiredHeapBytes its {@link NlpEngine#requiredHeapBytes} for all the layers it produces; 0 unknown
   */
  public record Engine(String name, List<String> produces, List<String> consumes, List<String> languages,
                       long requiredHeapBytes) {
    public Engine {
      produces = List.copyOf(produces);
      consumes = List.copyOf(consumes);
      languages = List.copyOf(languages);
    }
  }

  /**
   * One analyzer's layers.
   *
   * @param name the analyzer's name
   * @param layers the layers a pipeline of this analyzer alone computes, in planning order
   * @param problem why its required analyzers could not be planned (then {@code layers} are its own), or null
   */
  public record Analyzer(String name, List<Layer> layers, String problem) {
    public Analyzer {
      layers = List.copyOf(layers);
    }
  }

  /**
   * A layer an analyzer needs.
   *
   * @param id the layer's id, e.g. {@code nlp:ner}
   * @param neededBy the analyzers that need it, in planning order: the listed one and those it requires
   * @param producedBy the engines that produce it; empty when none on the class path does
   */
  public record Layer(String id, List<String> neededBy, List<String> producedBy) {
    public Layer {
      neededBy = List.copyOf(neededBy);
      producedBy = List.copyOf(producedBy);
    }
  }

  /**
   * The inventory of the analyzers and NLP engines visible to {@code loader}, the engines created with their
   * default options.
   */
  public static Inventory discover(ClassLoader loader) {
    return of(AnalyzerRegistry.discover(loader), NlpEngines.createAll(NlpEngines.providers(loader), Map.of()));
  }

  /** The inventory of {@code registry}'s analyzers and of {@code engines}. */
  public static Inventory of(AnalyzerRegistry registry, List<NlpEngine> engines) {
    List<Engine> engineRows = engines.stream().map(e -> new Engine(e.name(), ids(e.produces()), ids(e.consumes()),
        e.languages().stream().sorted().toList(), e.requiredHeapBytes(e.produces()))).toList();
    List<Analyzer> analyzerRows = new ArrayList<>();
    for (AnalyzerProvider<?> p : registry.providers()) {
      analyzerRows.add(analyzer(registry, p, engines));
    }
    return new Inventory(engineRows, analyzerRows);
  }

  private static Analyzer analyzer(AnalyzerRegistry registry, AnalyzerProvider<?> provider,
                                   List<NlpEngine> engines) {
    Map<NlpLayer<?>, List<String>> neededBy = new LinkedHashMap<>();
    String problem = null;
    try {
      for (Stage s : StagePlan.of(registry, List.of(provider.name()), Map.of()).ordered()) {
        s.layers().forEach(l -> neededBy.computeIfAbsent(l, k -> new ArrayList<>()).add(s.name()));
      }
    } catch (IllegalArgumentException e) {
      problem = e.getMessage();
      List<NlpLayer<?>> own = provider.requires(Config.defaults(provider.name(), provider.options())).stream()
          .filter(r -> r instanceof NlpLayer<?>).<NlpLayer<?>>map(r -> (NlpLayer<?>) r).toList();
      NlpLayer.closure(own).forEach(l -> neededBy.put(l, List.of(provider.name())));
    }
    List<Layer> layers = new ArrayList<>();
    neededBy.forEach((layer, by) -> layers.add(new Layer(layer.id(), by, engines.stream()
        .filter(e -> e.produces().contains(layer)).map(NlpEngine::name).toList())));
    return new Analyzer(provider.name(), layers, problem);
  }

  private static List<String> ids(Set<NlpLayer<?>> layers) {
    return layers.stream().sorted(NlpLayer.BY_ID).map(NlpLayer::id).toList();
  }
}
