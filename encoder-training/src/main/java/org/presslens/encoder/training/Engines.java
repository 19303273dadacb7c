package org.presslens.encoder.training;

import java.util.ServiceLoader;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.spi.Config;

/** The NLP engines found on the class path, as the pipeline finds them. */
final class Engines {

  private Engines() {
  }

  /** The engine named {@code name} with its default options. */
  static NlpEngine named(String name) {
    for (NlpEngineProvider p : ServiceLoader.load(NlpEngineProvider.class)) {
      if (p.name().equals(name)) {
        return p.create(Config.defaults("nlp", p.options()));
      }
    }
    throw new IllegalStateException("no NLP engine '" + name + "' on the class path");
  }
}
