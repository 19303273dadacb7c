package org.presslens.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.presslens.io.ArticleFormat;
import org.presslens.io.ArticleReadException;
import org.presslens.io.ArticleReaders;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Repair;
import org.presslens.model.Section;

/**
 * The properties every fuzz target checks: reading any bytes gives an article that keeps its invariants, whose text
 * is clean (see {@link #assertClean}) and which reads back equal from the JSON presslens writes for it, or an
 * {@link ArticleReadException} that names the input; nothing else may escape.
 */
final class FuzzChecks {

  /** The source name the fuzz targets read under. */
  static final String SOURCE = "fuzz-input";

  private FuzzChecks() {
  }

  /** Runs {@code read}: an article is checked, a read error must name the input; any other throwable fails. */
  static Article readOrReject(Supplier<Article> read) {
    Article article;
    try {
      article = read.get();
    } catch (ArticleReadException e) {
      assertThat(e.getMessage()).startsWith(SOURCE + ": ");
      assertThat(e.input()).isEqualTo(SOURCE);
      assertThat(e.problem()).isNotBlank();
      return null;
    }
    checkArticle(article);
    return article;
  }

  /**
   * Offsets inside the text, paragraphs within sections and free of blank lines, repairs matching, clean text
   * fields, and an equal article back from its JSON.
   */
  static void checkArticle(Article article) {
    String text = article.text();
    assertThat(text).isNotNull();
    int previousEnd = 0;
    for (Section section : article.sections()) {
      assertThat(section.begin()).isBetween(previousEnd, text.length());
      assertThat(section.end()).isBetween(section.begin(), text.length());
      for (Paragraph p : section.paragraphs()) {
        assertThat(p.begin()).isGreaterThanOrEqualTo(section.begin());
        assertThat(p.end()).isBetween(p.begin(), section.end());
        assertThat(text.substring(p.begin(), p.end())).doesNotContain(Article.PARAGRAPH_SEPARATOR);
      }
      previousEnd = section.end();
    }
    for (Repair r : article.repairs()) {
      assertThat(text.substring(r.begin(), r.end())).isEqualTo(r.replacement());
    }
    assertThat(article.id()).isNotBlank();
    assertClean("text", article.text());
    assertClean("title", article.title());
    assertClean("outlet", article.outlet());
    assertClean("author bio", article.authorBio());
    article.authors().forEach(a -> assertClean("author", a));
    article.sections().forEach(s -> assertClean("heading", s.heading()));
    article.removed().forEach(r -> assertClean("removed text", r.text()));
    String json = PresslensJson.mapper().writeValueAsString(article);
    Article again = ArticleReaders.reader(ArticleFormat.JSON).read(SOURCE, json.getBytes(StandardCharsets.UTF_8));
    assertThat(again).as("the article written as JSON and read back").isEqualTo(article);
  }

  /**
   * No control character other than {@code \n} and {@code \t} (so no carriage return or U+0085), no U+FEFF, U+2028
   * or U+2029, no unpaired surrogate (UTF-8 could not hold it).
   */
  static void assertClean(String field, String text) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
      if (control || Character.isSurrogate(c) || c == '\uFEFF' || c == '\u2028' || c == '\u2029') {
        throw new AssertionError(String.format("U+%04X at offset %d of the article's %s", (int) c, i, field));
      }
    }
  }
}
