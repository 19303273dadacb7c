package org.presslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.format.CorpusCsv;
import org.presslens.corpus.format.CorpusHtml;
import org.presslens.corpus.format.CorpusJson;
import org.presslens.corpus.format.CorpusText;

/** Writes a corpus summary in a format to a file or standard output. */
final class CorpusOutput {
  private CorpusOutput() {
  }

  static void write(CorpusSummary summary, String format, Path out) throws IOException {
    Path pageDir = out == null ? Path.of("") : out.toAbsolutePath().getParent();
    Writer writer = out == null ? new PrintWriter(System.out, false, StandardCharsets.UTF_8) {
      @Override
      public void close() {
        flush();
      }
    } : newWriter(out);
    try (Writer w = writer) {
      switch (format) {
        case "csv" -> CorpusCsv.write(summary, w);
        case "json" -> w.write(CorpusJson.write(summary) + "\n");
        case "html" -> w.write(CorpusHtml.render(summary, source -> articlePage(pageDir, source)));
        default -> {
          for (String line : CorpusText.lines(summary)) {
            w.write(line + "\n");
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Writer newWriter(Path out) {
    try {
      return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + out + ": cannot create the file: " + e.getMessage());
    }
  }

  /**
   * The link to the article's HTML report when it sits next to the page: {@code NAME.html} for source
   * {@code .../NAME.txt} (as {@code analyze --format html --out DIR} names its pages).
   */
  static Optional<String> articlePage(Path pageDir, String source) {
    if (source == null || pageDir == null) {
      return Optional.empty();
    }
    String name = source.replace('\\', '/').substring(source.replace('\\', '/').lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String page = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    if (page.equals(".html") || page.equals(HtmlPages.INDEX)) {
      return Optional.empty();
    }
    return Files.isRegularFile(pageDir.resolve(page)) ? Optional.of(page) : Optional.empty();
  }
}
