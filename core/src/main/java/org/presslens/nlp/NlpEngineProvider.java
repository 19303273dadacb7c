package org.presslens.nlp;

import java.util.List;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;

/**
 * Entry point of an NLP engine, found with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/org.presslens.nlp.NlpEngineProvider}; several may be on the class path. Cheap to
 * construct; {@link #create} returns an engine that loads models lazily, so the pipeline creates every engine to
 * read its declarations and loads models only for those a run needs.
 */
public interface NlpEngineProvider {

  /** Stable lower-case name, e.g. {@code corenlp}; the same as its engine's {@link NlpEngine#name()}. */
  String name();

  /**
   * The options the engine accepts, given as {@code nlp.<key>}; a key is routed to the one engine that declares it
   * (two engines declaring the same key make it an error to give).
   */
  default List<ConfigOption<?>> options() {
    return List.of();
  }

  /** Creates the engine: cheap, loads no model. */
  NlpEngine create(Config config);
}
