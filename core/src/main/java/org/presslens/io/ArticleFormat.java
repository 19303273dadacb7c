package org.presslens.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The input formats presslens reads. */
public enum ArticleFormat {
  /** Raw scraped text: a {@code date YYYY-MM-DD} first line, headings, page furniture, a capitals byline with "*". */
  SCRAPED("scraped"),
  /** Plain text: the first line is the title, then paragraphs separated by blank lines. */
  TEXT("text"),
  /** The presslens article JSON (or a report JSON, whose {@code article} is read). */
  JSON("json"),
  /** An HTML page. */
  HTML("html");

  private final String formatName;

  ArticleFormat(String formatName) {
    this.formatName = formatName;
  }

  /** The lower-case name used on command lines and in {@link ArticleReader#name()}. */
  public String formatName() {
    return formatName;
  }

  /**
   * The format called {@code name} (case-insensitive; "txt" and "htm" are accepted too).
   *
   * @throws IllegalArgumentException naming the valid formats when there is none of that name
   */
  public static ArticleFormat byName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    switch (n) {
      case "txt", "plain":
        return TEXT;
      case "htm":
        return HTML;
      default:
        break;
    }
    for (ArticleFormat f : values()) {
      if (f.formatName.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown input format '" + name + "'; expected one of "
        + Arrays.stream(values()).map(ArticleFormat::formatName).collect(Collectors.joining(", ")));
  }
}
