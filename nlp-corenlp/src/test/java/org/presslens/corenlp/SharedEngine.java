package org.presslens.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;

/**
 * The one engine the integration tests of this JVM share (models load once), and the sample op-ed, read from the
 * shared data folder (system property {@code presslens.sharedData}, else {@code ../../shared/data} from the module
 * directory); its text is never copied into the repository.
 */
final class SharedEngine {
  /** Every layer the analyzers use together. */
  static final Set<NlpLayer<?>> NER_AND_SENTIMENT = Set.of(NlpLayer.NER, NlpLayer.SENTIMENT);

  static final CoreNlpEngine ENGINE = new CoreNlpEngineProvider().createDefault();

  private static Article opEd;
  private static NlpDocument opEdDocument;

  private SharedEngine() {
  }

  static Path sharedData() {
    String configured = System.getProperty("presslens.sharedData");
    return configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared/data");
  }

  /** The sample op-ed, one paragraph per blank-line-separated block; fails when the file is missing. */
  static synchronized Article opEd() {
    if (opEd == null) {
      Path file = sharedData().resolve("samples/op-ed-putin-kim-summit.txt");
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException("sample op-ed not found at " + file.toAbsolutePath()
            + "; the tests need ../shared/data (or -Dpresslens.sharedData)");
      }
      String raw;
      try {
        raw = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Article.Builder builder = Article.builder().language("en");
      for (String block : raw.split("\\R\\s*\\R")) {
        builder.paragraph(block.strip());
      }
      opEd = builder.build();
    }
    return opEd;
  }

  /** The op-ed annotated with {@link #NER_AND_SENTIMENT} by {@link #ENGINE}, computed once. */
  static synchronized NlpDocument opEdDocument() {
    if (opEdDocument == null) {
      opEdDocument = ENGINE.annotate(opEd(), NER_AND_SENTIMENT);
    }
    return opEdDocument;
  }
}
