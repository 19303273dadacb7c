package org.presslens.testing;

import java.util.List;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;

/**
 * An {@link NlpEngineProvider} named {@value #NAME} that creates a {@link FakeNlpEngine}; it accepts one option,
 * {@code nlp.ignored} (a string), so tests can check {@code nlp.*} option routing. ServiceLoader-ready.
 */
public class FakeNlpEngineProvider implements NlpEngineProvider {

  public static final String NAME = FakeNlpEngine.NAME;
  public static final ConfigOption<String> IGNORED = ConfigOption.string("ignored", "", "accepted and ignored");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ConfigOption<?>> options() {
    return List.of(IGNORED);
  }

  @Override
  public NlpEngine create(Config config) {
    return new FakeNlpEngine();
  }
}
