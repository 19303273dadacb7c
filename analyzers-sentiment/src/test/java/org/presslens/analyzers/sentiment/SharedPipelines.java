package org.presslens.analyzers.sentiment;

import java.nio.file.Files;
import java.nio.file.Path;
import org.presslens.corenlp.CoreNlpEngine;
import org.presslens.corenlp.CoreNlpEngineProvider;
import org.presslens.pipeline.Pipeline;

/**
 * The pipelines the integration tests share, built once per JVM: one {@code corenlp}-mode pipeline and one
 * {@code lexicon}-mode pipeline, each on its own {@link CoreNlpEngine} (CoreNLP shares the loaded models between
 * them), so that the lexicon engine's loaded annotator sets show what lexicon mode alone needed.
 */
final class SharedPipelines {

  static final CoreNlpEngine CORENLP_ENGINE = new CoreNlpEngineProvider().createDefault();
  static final CoreNlpEngine LEXICON_ENGINE = new CoreNlpEngineProvider().createDefault();
  static final Pipeline CORENLP = Pipeline.builder().nlpEngine(CORENLP_ENGINE).analyzers("sentiment")
      .option("sentiment.model", "corenlp").build();
  static final Pipeline LEXICON = Pipeline.builder().nlpEngine(LEXICON_ENGINE).analyzers("sentiment")
      .option("sentiment.model", "lexicon").build();

  private SharedPipelines() {
  }

  /** A file of the repository (e.g. {@code samples/op-ed-tram-line.txt}), found from the working directory up. */
  static Path repoFile(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
  }

  /** A file of the shared development data ({@code presslens.sharedData}, else ../shared/data), or null. */
  static Path sharedFile(String relative) {
    String root = System.getProperty("presslens.sharedData");
    Path base = root != null ? Path.of(root) : repoFile("pom.xml").getParent().resolve("../shared/data");
    Path p = base.resolve(relative).normalize();
    return Files.exists(p) ? p : null;
  }
}
