package org.presslens.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.presslens.model.Article;

/**
 * Entry point for reading articles: picks a reader by explicit format, file extension or content, and reads.
 *
 * <p>Format choice, unless a format is given: a {@code .json} name or content starting with "{" is
 * {@linkplain ArticleFormat#JSON JSON}; an {@code .html}/{@code .htm}/{@code .xhtml} name, content starting with "&lt;"
 * or containing "&lt;html" near its start is {@linkplain ArticleFormat#HTML HTML}; other text is
 * {@linkplain ArticleFormat#SCRAPED scraped} when it starts with {@code date YYYY-MM-DD} or has a byline line in
 * capitals ending in "*", and {@linkplain ArticleFormat#TEXT plain text with a title} otherwise.
 *
 * <p>All methods throw {@link ArticleReadException}, whose message names the input, for input that cannot be read.
 */
public final class ArticleReaders {

  /** The largest input read, in bytes. */
  public static final int MAX_INPUT_BYTES = 64 * 1024 * 1024;

  private static final Pattern HTML_TAG = Pattern.compile("<(?:!doctype\\s+)?html[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_CHARS = 4096;

  private ArticleReaders() {
  }

  /** Reads a file with the default options, detecting its format; the article's source is {@code file} as given. */
  public static Article read(Path file) {
    return read(file, Optional.empty(), ReaderOptions.DEFAULT);
  }

  /** Reads a file in {@code format} (detected when empty) with the default options. */
  public static Article read(Path file, Optional<ArticleFormat> format) {
    return read(file, format, ReaderOptions.DEFAULT);
  }

  /** Reads a file in {@code format} (detected when empty) with {@code options}. */
  public static Article read(Path file, Optional<ArticleFormat> format, ReaderOptions options) {
    String source = file.toString();
    return read(source, readFile(source, file), format, options);
  }

  /** Reads bytes named {@code source} in {@code format} (detected when empty) with the default options. */
  public static Article read(String source, byte[] content, Optional<ArticleFormat> format) {
    return read(source, content, format, ReaderOptions.DEFAULT);
  }

  /** Reads bytes named {@code source} in {@code format} (detected when empty) with {@code options}. */
  public static Article read(String source, byte[] content, Optional<ArticleFormat> format, ReaderOptions options) {
    ArticleFormat chosen = format.orElseGet(() -> detectFormat(source, content));
    return reader(chosen, options).read(source, content);
  }

  /** Reads a stream (to its end; not closed) named {@code source} with the default options. */
  public static Article read(String source, InputStream in, Optional<ArticleFormat> format) {
    return read(source, in, format, ReaderOptions.DEFAULT);
  }

  /** Reads a stream (to its end; not closed) named {@code source} with {@code options}. */
  public static Article read(String source, InputStream in, Optional<ArticleFormat> format, ReaderOptions options) {
    byte[] content;
    try {
      content = in.readNBytes(MAX_INPUT_BYTES + 1);
    } catch (IOException e) {
      throw new ArticleReadException(source, "cannot read: " + e.getMessage(), e);
    }
    checkSize(source, content.length);
    return read(source, content, format, options);
  }

  /** The reader for {@code format} with {@code options}. */
  public static ArticleReader reader(ArticleFormat format, ReaderOptions options) {
    return switch (format) {
      case SCRAPED -> new ScrapedTextReader(options);
      case TEXT -> new PlainTextReader(options);
      case JSON -> new JsonArticleReader();
      case HTML -> new HtmlArticleReader(options);
    };
  }

  /** The reader for {@code format} with the default options. */
  public static ArticleReader reader(ArticleFormat format) {
    return reader(format, ReaderOptions.DEFAULT);
  }

  /**
   * The format of an input named {@code source}, by extension and then by content.
   *
   * @throws ArticleReadException when the content is empty or binary
   */
  public static ArticleFormat detectFormat(String source, byte[] content) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return ArticleFormat.JSON;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return ArticleFormat.HTML;
    }
    String text = InputDecoder.decode(source, content).text();
    String start = text.stripLeading();
    if (start.startsWith("{")) {
      return ArticleFormat.JSON;
    }
    String head = start.length() > SNIFF_CHARS ? start.substring(0, SNIFF_CHARS) : start;
    if (start.startsWith("<") || HTML_TAG.matcher(head).find()) {
      return ArticleFormat.HTML;
    }
    return ScrapedMarkers.looksScraped(text) ? ArticleFormat.SCRAPED : ArticleFormat.TEXT;
  }

  private static byte[] readFile(String source, Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new ArticleReadException(source, "is a directory, not a file");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // a FIFO would block the read forever, a device never end
        throw new ArticleReadException(source, "not a regular file (a FIFO, socket or device)");
      }
      long size = Files.size(file);
      checkSize(source, size);
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ArticleReadException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new ArticleReadException(source, "permission denied", e);
    } catch (IOException e) {
      throw new ArticleReadException(source, "cannot read: " + e.getMessage(), e);
    }
  }

  private static void checkSize(String source, long size) {
    if (size > MAX_INPUT_BYTES) {
      throw new ArticleReadException(source, "too large (more than " + MAX_INPUT_BYTES / (1024 * 1024) + " MiB)");
    }
  }
}
