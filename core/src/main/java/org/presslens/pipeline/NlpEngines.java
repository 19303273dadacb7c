package org.presslens.pipeline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.presslens.internal.ServiceDiscovery;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.spi.Config;

/** Finds the one NLP engine on the class path, SLF4J-style: explicit errors for none, several, or a broken one. */
public final class NlpEngines {

  /** The artifact that provides the default engine. */
  public static final String CORENLP_ARTIFACT = "org.presslens:presslens-nlp-corenlp";

  private NlpEngines() {
  }

  /** Discovers the providers visible to {@code loader}. */
  public static List<NlpEngineProvider> providers(ClassLoader loader) {
    ServiceDiscovery.Loaded<NlpEngineProvider> loaded = ServiceDiscovery.load(NlpEngineProvider.class, loader);
    if (loaded.providers().isEmpty() && !loaded.problems().isEmpty()) {
      throw new IllegalStateException(String.join("; ", loaded.problems()));
    }
    return loaded.providers();
  }

  /**
   * Creates the engine from the single provider on the class path, configured with {@code options} (keys without
   * the {@code nlp.} prefix).
   */
  public static NlpEngine create(ClassLoader loader, Map<String, ?> options) {
    List<NlpEngineProvider> providers = providers(loader);
    if (providers.isEmpty()) {
      throw new IllegalStateException("no NLP engine found on the class path, but the selected analyzers need one;"
          + " add the artifact " + CORENLP_ARTIFACT);
    }
    if (providers.size() > 1) {
      throw new IllegalStateException("several NLP engines found on the class path: "
          + providers.stream().map(p -> p.name() + " (" + p.getClass().getName() + ")")
              .collect(Collectors.joining(", ")) + "; keep one");
    }
    NlpEngineProvider provider = providers.get(0);
    return provider.create(Config.parse("nlp", provider.options(), options));
  }
}
