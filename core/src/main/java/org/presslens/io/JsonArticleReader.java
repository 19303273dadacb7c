package org.presslens.io;

import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.text.LanguageDetector;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an {@link Article} in presslens's own JSON schema (as written by {@link PresslensJson#mapper()}), or the
 * {@code article} of an analysis report. A missing {@code id} is derived from the text ({@link Article#idOf}) and a
 * missing {@code language} is detected; otherwise the article is read exactly as written, so writing and reading
 * gives an equal article. The text is never repaired.
 */
public final class JsonArticleReader implements ArticleReader {

  @Override
  public String name() {
    return ArticleFormat.JSON.formatName();
  }

  @Override
  public Article read(String source, byte[] content) {
    // not cleaned: line separators, byte-order marks and control characters inside string values stay as written,
    // so that an article written as JSON reads back equal
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
    if (article.path("language").isNull() || article.path("language").isMissingNode()) {
      article.put("language", LanguageDetector.detect(text.stringValue()));
    }
    try {
      return PresslensJson.mapper().treeToValue(article, Article.class);
    } catch (JacksonException e) {
      throw new ArticleReadException(source, "invalid article JSON: " + describe(e), e);
    }
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
