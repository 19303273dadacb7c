package org.presslens.io;

import org.presslens.model.Article;

/**
 * Reads one input format into an {@link Article}. Implementations are immutable and thread-safe; they never touch
 * the network or the file system, only the bytes given.
 */
public interface ArticleReader {

  /** The format name, as accepted by {@link ArticleFormat#byName(String)}. */
  String name();

  /**
   * Reads {@code content} as one article whose {@link Article#source()} is {@code source}.
   *
   * @param source the path or name of the input, used as the article's source and in error messages
   * @param content the raw bytes (encoding is detected)
   * @throws ArticleReadException when the input is empty, binary, malformed or has no body text
   */
  Article read(String source, byte[] content);
}
