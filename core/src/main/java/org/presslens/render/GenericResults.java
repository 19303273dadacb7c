package org.presslens.render;

import static org.presslens.render.HtmlEscaper.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * How a result without a renderer is shown: as a table of its fields (nested lists of records as tables with a
 * column per field), and in the text summary as one line of its scalar fields and list sizes.
 */
public final class GenericResults {
  private static final int MAX_ROWS = 100;
  private static final int MAX_COLUMNS = 12;
  private static final int MAX_DEPTH = 3;

  private GenericResults() {
  }

  /** Appends the table of {@code result}'s fields. */
  public static void table(Object result, StringBuilder html) {
    value(tree(result), html, 0);
  }

  /** One line: {@code quotes: 12, speakers: 5, unattributed=2, quotedShare=0.31}. */
  public static String summary(Object result) {
    JsonNode node = tree(result);
    if (!node.isObject()) {
      return Html.snippet(scalar(node), 200);
    }
    List<String> parts = new ArrayList<>();
    for (String name : node.propertyNames()) {
      JsonNode v = node.get(name);
      if (v.isArray()) {
        parts.add(name + ": " + v.size());
      } else if (v.isObject()) {
        parts.add(name + ": {" + v.size() + " fields}");
      } else if (!v.isNull()) {
        parts.add(name + "=" + Html.snippet(scalar(v), 40));
      }
    }
    return Html.snippet(parts.isEmpty() ? "no fields" : String.join(", ", parts), 300);
  }

  static JsonNode tree(Object result) {
    return result instanceof JsonNode n ? n : PresslensJson.mapper().valueToTree(result);
  }

  private static String scalar(JsonNode v) {
    return v.isValueNode() ? v.asString() : v.toString();
  }

  private static void value(JsonNode node, StringBuilder html, int depth) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      html.append("<span class=\"muted\">—</span>");
    } else if (node.isValueNode()) {
      html.append(text(scalar(node)));
    } else if (depth >= MAX_DEPTH) {
      html.append("<code>").append(text(Html.snippet(node.toString(), 200))).append("</code>");
    } else if (node.isObject()) {
      object(node, html, depth);
    } else {
      array(node, html, depth);
    }
  }

  private static void object(JsonNode node, StringBuilder html, int depth) {
    if (node.isEmpty()) {
      html.append("<span class=\"muted\">none</span>");
      return;
    }
    html.append("<table class=\"fields\"><tbody>\n");
    for (String name : node.propertyNames()) {
      html.append("<tr><th>").append(text(name)).append("</th><td>");
      value(node.get(name), html, depth + 1);
      html.append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  private static void array(JsonNode node, StringBuilder html, int depth) {
    if (node.isEmpty()) {
      html.append("<span class=\"muted\">none</span>");
      return;
    }
    boolean records = true;
    Set<String> columns = new LinkedHashSet<>();
    for (JsonNode item : node) {
      records &= item.isObject();
      if (item.isObject()) {
        item.propertyNames().forEach(n -> {
          if (columns.size() < MAX_COLUMNS) {
            columns.add(n);
          }
        });
      }
    }
    if (!records) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : node) {
        items.add(item.isValueNode() ? scalar(item) : Html.snippet(item.toString(), 80));
        if (items.size() == MAX_ROWS) {
          break;
        }
      }
      html.append(text(String.join(", ", items))).append(node.size() > MAX_ROWS ? " …" : "");
      return;
    }
    html.append("<table class=\"rows\"><thead><tr>");
    columns.forEach(c -> html.append("<th>").append(text(c)).append("</th>"));
    html.append("</tr></thead><tbody>\n");
    int n = 0;
    for (JsonNode item : node) {
      if (n++ == MAX_ROWS) {
        html.append("<tr><td class=\"muted\" colspan=\"").append(columns.size()).append("\">… ")
            .append(node.size() - MAX_ROWS).append(" more</td></tr>\n");
        break;
      }
      html.append("<tr>");
      for (String c : columns) {
        html.append("<td>");
        value(item.get(c), html, depth + 1);
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody></table>\n");
  }
}
