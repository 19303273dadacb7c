package org.presslens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints the summary of {@code eval conll} as plain-text tables: figures side by side, confusions, disagreements. */
final class ConllTable {

  private ConllTable() {
  }

  @SuppressWarnings("unchecked")
  static void print(Map<String, Object> summary, PrintWriter out) {
    Map<String, Object> floor = (Map<String, Object>) summary.get("floor");
    out.printf("%-6s %27s   %27s%n", "", "presslens (P / R / F1)", "floor: bare NER (P / R / F1)");
    out.printf("%-6s %s   %s%n", "all", row(summary), row(floor));
    Map<String, Map<String, Object>> types = (Map<String, Map<String, Object>>) summary.get("per_type");
    Map<String, Map<String, Object>> floorTypes = (Map<String, Map<String, Object>>) floor.get("per_type");
    for (String type : types.keySet()) {
      out.printf("%-6s %s   %s   gold %d, predicted %d / %d%n", type, row(types.get(type)), row(floorTypes.get(type)),
          (Integer) types.get(type).get("gold"), (Integer) types.get(type).get("predicted"),
          (Integer) floorTypes.get(type).get("predicted"));
    }
    Map<String, Map<String, Map<String, Integer>>> confusion =
        (Map<String, Map<String, Map<String, Integer>>>) summary.get("confusion");
    confusion.forEach((system, table) -> {
      out.printf("%nconfusion, %s (rows gold, columns predicted; exact spans, O = none)%n%-6s", system, "");
      List<String> columns = List.of("PER", "ORG", "LOC", "MISC", "O");
      columns.forEach(c -> out.printf("%7s", c));
      out.println();
      table.forEach((gold, row) -> {
        out.printf("%-6s", gold);
        columns.forEach(c -> out.printf("%7s", row.containsKey(c) ? row.get(c).toString() : "-"));
        out.println();
      });
    });
    Map<String, Object> disagreements = (Map<String, Object>) summary.get("disagreements");
    disagreements.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        out.printf("%n%s:%n", name);
        list.forEach(line -> out.println("  " + line));
      } else {
        out.printf("%n%s: %s%n", name, value);
      }
    });
    out.flush();
  }

  private static String row(Map<String, Object> m) {
    return String.format("%.4f / %.4f / %.4f", (Double) m.get("precision"), (Double) m.get("recall"),
        (Double) m.get("f1"));
  }
}
