package org.presslens.analyzers.stance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import org.presslens.pipeline.Pipeline;

/**
 * What the integration tests of this JVM share: ONE CoreNLP engine (models load once) and the pipelines built on it
 * (the real {@code stance} analyzer; {@code entities} and {@code sentiment} are the small stand-ins of
 * {@link Fixtures} over the real NER and sentiment layers, since this module depends on no other analyzer module),
 * plus the shared data folder (system property {@code presslens.sharedData}, else {@code ../../shared/data} from the
 * module directory), read at run time and never copied into the repository.
 */
final class SharedPipelines {

  static final String PUTIN_CLAIM = "Putin met Kim Jong-un to buy North Korean weapons";
  static final String TRAM_CLAIM = "Westbridge council to vote on funding the Harbour Line tram";

  static final NlpEngine ENGINE = NlpEngines.create(SharedPipelines.class.getClassLoader(), Map.of());

  /** Entities, sentiment and stance with the 8 most salient entities, two claims and one topic. */
  static final Pipeline DEFAULT = Pipeline.builder().registry(Fixtures.registry()).nlpEngine(ENGINE)
      .analyzers("entities", "sentiment", "stance")
      .option("stance.entities", "8").option("stance.claims", List.of(PUTIN_CLAIM, TRAM_CLAIM))
      .option("stance.topics", List.of("climate")).build();

  /** The same with the tram op-ed's people as named targets. */
  static final Pipeline TRAM_TARGETS = Pipeline.builder().registry(Fixtures.registry()).nlpEngine(ENGINE)
      .analyzers("entities", "sentiment", "stance")
      .option("stance.targets", List.of("Helen Okafor", "Priya Raman", "Derek Ashworth")).build();

  private SharedPipelines() {
  }

  static Path sharedData() {
    String configured = System.getProperty("presslens.sharedData");
    Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared/data");
    assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir.toAbsolutePath());
    return dir;
  }

  static Article putinOpEd() {
    Path file = sharedData().resolve("samples/op-ed-putin-kim-summit.txt");
    assumeTrue(Files.isRegularFile(file), "sample op-ed not found at " + file.toAbsolutePath());
    return ArticleReaders.read(file);
  }

  static Article tramOpEd() {
    return ArticleReaders.read(Path.of("../samples/op-ed-tram-line.txt"));
  }
}
