package org.presslens.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import tools.jackson.databind.JsonNode;

/**
 * Checks the presslens span invariant on anything Jackson can serialise (analyzer results, NLP documents,
 * reports): every JSON object that has integer fields {@code begin} and {@code end} must satisfy
 * {@code 0 <= begin <= end <= article.text().length()}. The value is walked as {@link PresslensJson} writes it, so
 * records, collections, maps and nested combinations are all covered.
 */
public final class SpanAssertions {

  private SpanAssertions() {
  }

  /**
   * Fails with an {@link AssertionError} listing every span (by JSON path) outside {@code article.text()}.
   *
   * @return how many spans were checked (so a test can also assert that some were found)
   */
  public static int assertAllSpansWithin(Article article, Object result) {
    return assertAllSpansWithin(article.text(), result);
  }

  /** As {@link #assertAllSpansWithin(Article, Object)}, against any text. */
  public static int assertAllSpansWithin(String text, Object result) {
    List<String> bad = new ArrayList<>();
    int checked = walk(PresslensJson.mapper().valueToTree(result), "$", text, false, bad);
    if (!bad.isEmpty()) {
      throw new AssertionError(bad.size() + " span(s) outside a text of " + text.length() + " chars:\n  "
          + String.join("\n  ", bad));
    }
    return checked;
  }

  /**
   * Also checks that every object with {@code begin}, {@code end} and a string {@code text} field has
   * {@code text.equals(article.text().substring(begin, end))} (as for tokens and entity mentions).
   *
   * @return how many spans were checked
   */
  public static int assertSpanTextsMatch(Article article, Object result) {
    List<String> bad = new ArrayList<>();
    int checked = walk(PresslensJson.mapper().valueToTree(result), "$", article.text(), true, bad);
    if (!bad.isEmpty()) {
      throw new AssertionError(bad.size() + " bad span(s) in a text of " + article.text().length() + " chars:\n  "
          + String.join("\n  ", bad));
    }
    return checked;
  }

  private static int walk(JsonNode node, String path, String text, boolean checkText, List<String> bad) {
    int checked = 0;
    if (node.isObject()) {
      JsonNode begin = node.get("begin");
      JsonNode end = node.get("end");
      if (begin != null && end != null && begin.isIntegralNumber() && end.isIntegralNumber()) {
        checked++;
        long b = begin.longValue();
        long e = end.longValue();
        if (b < 0 || e < b || e > text.length()) {
          bad.add(path + ": [" + b + ", " + e + ")");
        } else if (checkText && node.get("text") != null && node.get("text").isString()) {
          String expected = text.substring((int) b, (int) e);
          String actual = node.get("text").stringValue();
          if (!expected.equals(actual)) {
            bad.add(path + ": [" + b + ", " + e + ") covers '" + expected + "' but text is '" + actual + "'");
          }
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        checked += walk(field.getValue(), path + "." + field.getKey(), text, checkText, bad);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checked += walk(node.get(i), path + "[" + i + "]", text, checkText, bad);
      }
    }
    return checked;
  }
}
