package org.presslens.io;

import java.util.Locale;
import java.util.Set;

/**
 * Which files in a directory of articles are articles, by name alone: the one rule the CLI's and the Spark job's
 * directory walks share. An article file has an {@linkplain #ARTICLE_EXTENSIONS article extension} or none, is not
 * hidden (a name starting with ".") and is not a documentation file ({@linkplain #DOCUMENTATION_NAMES README,
 * LICENSE, ...} with any extension, in any case, e.g. {@code README.TXT}). A file given by name is read whatever its
 * name; these rules apply to what a directory holds.
 */
public final class ArticleFileNames {

  /** Extensions (lower case, without the dot) of article files; files without an extension are articles too. */
  public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "json", "html", "htm", "xhtml");

  /** Names (the part before the first ".", lower case) of documentation files, which are not articles. */
  public static final Set<String> DOCUMENTATION_NAMES = Set.of("readme", "license", "licence", "copying",
      "changelog", "notice");

  private ArticleFileNames() {
  }

  /** Whether a file or directory of this name is hidden: its name starts with ".". */
  public static boolean isHidden(String fileName) {
    return fileName.startsWith(".");
  }

  /** Whether the name has an article extension, or none (documentation files included: see {@link #isArticle}). */
  public static boolean hasArticleExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 || ARTICLE_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Whether the name is a documentation file's: README, LICENSE, ... with any extension, in any case. */
  public static boolean isDocumentation(String fileName) {
    int dot = fileName.indexOf('.');
    return DOCUMENTATION_NAMES.contains((dot < 0 ? fileName : fileName.substring(0, dot)).toLowerCase(Locale.ROOT));
  }

  /** Whether a file of this name in a directory is taken as an article: visible, article extension, not documentation. */
  public static boolean isArticle(String fileName) {
    return !isHidden(fileName) && hasArticleExtension(fileName) && !isDocumentation(fileName);
  }
}
