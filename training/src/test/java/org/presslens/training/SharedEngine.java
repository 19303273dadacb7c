package org.presslens.training;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import org.presslens.pipeline.Pipeline;

/** The one NLP engine all integration tests of this module share (one per JVM), and the shared data folder. */
public final class SharedEngine {

  public static final NlpEngine ENGINE = NlpEngines.create(SharedEngine.class.getClassLoader(), Map.of());

  private SharedEngine() {
  }

  /** A pipeline of {@code analyzer} with {@code options} on the shared engine. */
  public static Pipeline pipeline(String analyzer, Map<String, ?> options) {
    return Pipeline.builder().nlpEngine(ENGINE).analyzers(analyzer).options(options).build();
  }

  /**
   * The shared data folder (system property {@code presslens.sharedData}, else {@code ../../shared/data}); the test
   * is skipped when it is missing.
   */
  public static Path sharedData() {
    String configured = System.getProperty("presslens.sharedData");
    Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared/data");
    assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir.toAbsolutePath());
    return dir;
  }
}
