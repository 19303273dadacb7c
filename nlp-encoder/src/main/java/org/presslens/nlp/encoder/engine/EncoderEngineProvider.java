package org.presslens.nlp.encoder.engine;

import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.spi.Config;

/**
 * The {@value EncoderEngine#NAME} engine's provider (no options): an {@link EncoderEngine} on the shared base
 * {@link MiniLmEncoder}, loaded only when an article needs its token states.
 */
public final class EncoderEngineProvider implements NlpEngineProvider {

  @Override
  public String name() {
    return EncoderEngine.NAME;
  }

  @Override
  public NlpEngine create(Config config) {
    return new EncoderEngine(MiniLmEncoder::shared);
  }
}
