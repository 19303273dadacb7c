package org.presslens.cli;

import java.io.InputStream;
import java.util.Optional;
import org.presslens.io.ArticleFormat;
import org.presslens.io.ArticleReadException;
import org.presslens.io.ArticleReaders;
import org.presslens.io.ReaderOptions;
import org.presslens.model.Article;

/**
 * Reads one input into an article with the chosen format (or auto-detection) and repair setting. Files and standard
 * input are read through {@link ArticleReaders}, so a FIFO, socket or device given by name is refused instead of
 * blocking the run, and an input over {@link ArticleReaders#MAX_INPUT_BYTES} is refused instead of read whole.
 */
final class ArticleLoader {
  private final Optional<ArticleFormat> format;
  private final ReaderOptions options;
  private final InputStream stdin;

  ArticleLoader(String format, boolean repair) {
    this(format, repair, System.in);
  }

  /** A loader that reads the input {@code -} from {@code stdin}. */
  ArticleLoader(String format, boolean repair, InputStream stdin) {
    this.format = format.equalsIgnoreCase("auto") ? Optional.empty() : Optional.of(ArticleFormat.byName(format));
    this.options = repair ? ReaderOptions.DEFAULT : ReaderOptions.NO_REPAIR;
    this.stdin = stdin;
  }

  /**
   * The article of {@code input} (which has no problem).
   *
   * @throws ArticleReadException naming the input, when it cannot be read as an article
   */
  Article load(Input input) {
    return input.path() == null ? ArticleReaders.read(input.name(), stdin, format, options)
        : ArticleReaders.read(input.path(), format, options);
  }
}
