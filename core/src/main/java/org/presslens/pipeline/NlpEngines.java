package org.presslens.pipeline;

import java.util.ArrayList;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.presslens.internal.ServiceDiscovery;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigException;

/**
 * Finds the NLP engines on the class path, SLF4J-style (a broken provider is named, the others stay usable), and
 * creates them with their options. Creating an engine loads no model.
 */
public final class NlpEngines {

  private NlpEngines() {
  }

  /**
   * Discovers the providers visible to {@code loader}.
   *
   * @throws IllegalStateException when none loaded but some failed to, naming why
   */
  public static List<NlpEngineProvider> providers(ClassLoader loader) {
    ServiceDiscovery.Loaded<NlpEngineProvider> loaded = ServiceDiscovery.load(NlpEngineProvider.class, loader);
    if (loaded.providers().isEmpty() && !loaded.problems().isEmpty()) {
      throw new IllegalStateException(String.join("; ", loaded.problems()));
    }
    return loaded.providers();
  }

  /**
   * Creates an engine of each of {@code providers}, routing each of {@code options} (keys without the {@code nlp.}
   * prefix) to the one provider that declares it.
   *
   * @throws ConfigException for a key no engine declares (naming the known ones), a key several declare, or a bad
   *     value
   * @throws IllegalStateException when two providers share a name, or an engine's name is not its provider's
   */
  public static List<NlpEngine> createAll(List<NlpEngineProvider> providers, Map<String, ?> options) {
    Map<String, NlpEngineProvider> byName = new LinkedHashMap<>();
    for (NlpEngineProvider p : providers) {
      NlpEngineProvider before = byName.putIfAbsent(p.name(), p);
      if (before != null) {
        throw new IllegalStateException("several NLP engines are named '" + p.name() + "': "
            + before.getClass().getName() + ", " + p.getClass().getName() + "; remove all but one from the class path");
      }
    }
    Map<String, Map<String, Object>> routed = new LinkedHashMap<>();
    byName.keySet().forEach(n -> routed.put(n, new LinkedHashMap<>()));
    for (Map.Entry<String, ?> e : options.entrySet()) {
      List<String> owners = byName.values().stream()
          .filter(p -> p.options().stream().anyMatch(o -> o.key().equals(e.getKey())))
          .map(NlpEngineProvider::name).toList();
      if (owners.isEmpty()) {
        TreeSet<String> known = new TreeSet<>();
        byName.values().forEach(p -> p.options().forEach(o -> known.add("'nlp." + o.key() + "'")));
        throw new ConfigException("unknown option 'nlp." + e.getKey() + "' for the NLP engines " + byName.keySet()
            + "; known options: " + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
      if (owners.size() > 1) {
        throw new ConfigException("option 'nlp." + e.getKey() + "' is declared by several NLP engines " + owners
            + "; keep one of them on the class path");
      }
      routed.get(owners.get(0)).put(e.getKey(), e.getValue());
    }
    List<NlpEngine> engines = new ArrayList<>();
    for (NlpEngineProvider p : byName.values()) {
      NlpEngine engine = p.create(Config.parse(Pipeline.NLP, p.options(), routed.get(p.name())));
      if (!engine.name().equals(p.name())) {
        throw new IllegalStateException("NLP engine provider " + p.getClass().getName() + " is named '" + p.name()
            + "' but its engine '" + engine.name() + "'");
      }
      engines.add(engine);
    }
    return engines;
  }

  /**
   * Creates the one engine on the class path that produces the built-in layers ({@link NlpLayer#BUILT_IN}),
   * configured with {@code options} (keys without the {@code nlp.} prefix): what training and evaluation code
   * annotates with outside a pipeline.
   *
   * @throws IllegalStateException when none or several do, naming the engines found and what they produce
   */
  public static NlpEngine create(ClassLoader loader, Map<String, ?> options) {
    List<NlpEngine> engines = createAll(providers(loader), options);
    List<NlpEngine> builtIn = engines.stream().filter(e -> e.produces().containsAll(NlpLayer.BUILT_IN)).toList();
    if (builtIn.size() == 1) {
      return builtIn.get(0);
    }
    if (builtIn.isEmpty()) {
      throw new IllegalStateException("no NLP engine on the class path produces the built-in layers "
          + NlpLayer.BUILT_IN + " (" + describe(engines) + "); add the jar of an NLP engine that produces them");
    }
    throw new IllegalStateException("several NLP engines produce the built-in layers: " + describe(builtIn)
        + "; keep one of them on the class path");
  }

  /** Each engine with the layers it produces, e.g. {@code corenlp (produces nlp:lemma, nlp:ner, ...)}. */
  static String describe(List<NlpEngine> engines) {
    if (engines.isEmpty()) {
      return "no NLP engine was found on the class path";
    }
    return "available: " + engines.stream().map(e -> e.name() + " (produces " + e.produces().stream()
        .sorted(NlpLayer.BY_ID).map(NlpLayer::id).collect(Collectors.joining(", "))
        + (e.consumes().isEmpty() ? "" : "; consumes " + e.consumes().stream().sorted(NlpLayer.BY_ID)
            .map(NlpLayer::id).collect(Collectors.joining(", "))) + ")")
        .collect(Collectors.joining(", "));
  }
}
