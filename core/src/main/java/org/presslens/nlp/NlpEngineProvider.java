package org.presslens.nlp;

import java.util.List;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;

/**
 * Entry point of an NLP engine, found with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/org.presslens.nlp.NlpEngineProvider}. Cheap to construct; {@link #create} returns an
 * engine that loads models lazily.
 */
public interface NlpEngineProvider {

  /** Stable lower-case name, e.g. {@code corenlp}; options are given as {@code nlp.<key>}. */
  String name();

  /** The options the engine accepts. */
  default List<ConfigOption<?>> options() {
    return List.of();
  }

  NlpEngine create(Config config);
}
