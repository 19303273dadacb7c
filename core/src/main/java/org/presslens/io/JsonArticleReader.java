package org.presslens.io;

import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an {@link Article} in presslens's own JSON schema (as written by {@link PresslensJson#mapper()}), or the
 * {@code article} of an analysis report. A missing {@code id} is derived from the text ({@link Article#idOf}) and a
 * missing {@code language} is detected. The text is never repaired.
 *
 * <p>Characters: the JSON itself is decoded but not cleaned (a U+2028 or U+FEFF inside a string value is legal JSON
 * and must stay where it is while the JSON is parsed). The parsed string values are then cleaned like the text of
 * every other reader ({@link CharacterMapping}): in the text, the title, authors, outlet, author bio, section
 * headings, removed texts and the originals of repairs, control characters other than {@code \n} and {@code \t}
 * and U+FEFF are dropped, {@code \r\n}, {@code \r}, U+0085, U+2028, vertical tab and form feed become
 * {@code \n}, U+2029 becomes {@code \n\n}, and an unpaired surrogate (a {@code "\ud800"} escape) becomes U+FFFD.
 * Every span moves with the text; where the mapping would leave a blank line inside a paragraph, those line breaks
 * become spaces. An id derived from the text as read is derived again from the clean text. Names (source, id,
 * language, removal reasons, repair kinds) only have their unpaired surrogates replaced. Presslens writes only
 * clean articles, so an article it wrote reads back exactly as written (equal).
 */
public final class JsonArticleReader implements ArticleReader {

  @Override
  public String name() {
    return ArticleFormat.JSON.formatName();
  }

  @Override
  public Article read(String source, byte[] content) {
    // the raw JSON is not cleaned: line separators and byte-order marks inside string values are legal JSON; the
    // parsed values are cleaned below
    String json = InputDecoder.decodeOnly(source, content).text();
    if (json.isBlank()) {
      throw new ArticleReadException(source, "empty input");
    }
    JsonNode root;
    try {
      root = PresslensJson.mapper().readTree(json);
    } catch (JacksonException e) {
      throw new ArticleReadException(source, "invalid JSON: " + describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new ArticleReadException(source, "expected a JSON object (an article or a report), not "
          + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    ObjectNode article = (ObjectNode) root;
    if (!article.has("text") && article.path("article").isObject()) {
      article = (ObjectNode) article.get("article");
    }
    JsonNode text = article.get("text");
    if (text == null || !text.isString()) {
      throw new ArticleReadException(source, "invalid article JSON: missing string field \"text\"");
    }
    if (article.path("id").isNull() || article.path("id").isMissingNode()) {
      article.put("id", Article.idOf(text.stringValue()));
    }
    Article read;
    try {
      read = PresslensJson.mapper().treeToValue(article, Article.class);
    } catch (JacksonException e) {
      throw new ArticleReadException(source, "invalid article JSON: " + describe(e), e);
    }
    // a missing or null language is detected in the clean text
    return JsonArticleCleaner.clean(read);
  }

  /** Jackson's message without its source excerpt, with line and column or the JSON path of the problem. */
  private static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message += " (" + cause.getMessage() + ")";
    }
    TokenStreamLocation location = e.getLocation();
    if (location != null && location != TokenStreamLocation.NA && location.getLineNr() > 0) {
      return message + " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
    String path = e.getPathReference();
    return path == null || path.isEmpty() ? message : message + " at " + path;
  }
}
