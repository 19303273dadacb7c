package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;

/** Reads one input into an article with the configured readers. */
final class ArticleLoader {
  private final ArticleReaders readers;

  ArticleLoader(String format, boolean repair) {
    this.readers = ArticleReaders.builder().format(format).repair(repair).build();
  }

  Article load(Input input) throws IOException {
    byte[] bytes = input.path() == null ? System.in.readAllBytes() : Files.readAllBytes(input.path());
    return readers.read(input.name(), bytes);
  }
}
