package org.presslens.analyzers.entities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import org.presslens.pipeline.Pipeline;

/** The one CoreNLP engine and entities pipeline that all integration tests of this module share (one per JVM). */
final class SharedPipeline {

  static final NlpEngine ENGINE = NlpEngines.create(SharedPipeline.class.getClassLoader(), Map.of());
  static final Pipeline PIPELINE = Pipeline.builder().nlpEngine(ENGINE).analyzers("entities").build();

  private SharedPipeline() {
  }

  /** The shared data folder: system property {@code presslens.sharedData}, else {@code ../../shared/data}. */
  static Path sharedData() {
    String property = System.getProperty("presslens.sharedData");
    Path p = property != null ? Path.of(property) : Path.of("../../shared/data");
    return Files.isDirectory(p) ? p : Path.of("../../shared/data");
  }
}
