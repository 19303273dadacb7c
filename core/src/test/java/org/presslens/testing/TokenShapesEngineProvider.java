package org.presslens.testing;

import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.spi.Config;

/** The provider of {@link TokenShapesEngine} (no options). ServiceLoader-ready. */
public class TokenShapesEngineProvider implements NlpEngineProvider {

  @Override
  public String name() {
    return TokenShapesEngine.NAME;
  }

  @Override
  public NlpEngine create(Config config) {
    return new TokenShapesEngine();
  }
}
