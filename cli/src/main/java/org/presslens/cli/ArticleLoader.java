package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.presslens.io.ArticleFormat;
import org.presslens.io.ArticleReaders;
import org.presslens.io.ReaderOptions;
import org.presslens.model.Article;

/** Reads one input into an article with the chosen format (or auto-detection) and repair setting. */
final class ArticleLoader {
  private final Optional<ArticleFormat> format;
  private final ReaderOptions options;

  ArticleLoader(String format, boolean repair) {
    this.format = format.equalsIgnoreCase("auto") ? Optional.empty() : Optional.of(ArticleFormat.byName(format));
    this.options = repair ? ReaderOptions.DEFAULT : ReaderOptions.NO_REPAIR;
  }

  Article load(Input input) throws IOException {
    byte[] bytes = input.path() == null ? System.in.readAllBytes() : Files.readAllBytes(input.path());
    return ArticleReaders.read(input.name(), bytes, format, options);
  }
}
