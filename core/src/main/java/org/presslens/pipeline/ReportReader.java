package org.presslens.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.presslens.json.PresslensJson;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.AnalyzerProvider;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON report (schema 1.x, one line of JSONL or a pretty-printed document) back into an
 * {@link AnalysisReport} whose results are typed: each result of an analyzer the registry knows becomes an instance
 * of that analyzer's result type; a result of an analyzer not on the class path stays a Jackson {@link JsonNode}
 * (which {@link AnalysisReport#result} and the renderers still convert). Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportReader reader = ReportReader.of(AnalyzerRegistry.discover());
 * MyResult mine = reader.read(line).result(MyResult.KEY).orElseThrow(); // any analyzer's published key
 * }</pre>
 */
public final class ReportReader {
  private final AnalyzerRegistry registry;

  private ReportReader(AnalyzerRegistry registry) {
    this.registry = registry;
  }

  /** A reader that types the results of {@code registry}'s analyzers. */
  public static ReportReader of(AnalyzerRegistry registry) {
    return new ReportReader(registry);
  }

  /**
   * The report written as {@code json}.
   *
   * @throws IllegalArgumentException for text that is not a report (an error record, another major schema version,
   *     malformed JSON), or a result that does not read as its analyzer's result type, naming the analyzer
   */
  public AnalysisReport read(String json) {
    JsonNode tree;
    try {
      tree = PresslensJson.mapper().readTree(json);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a JSON report: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("not a JSON report: expected an object");
    }
    String version = tree.path("schemaVersion").asString("");
    if (!version.startsWith("1.")) {
      throw new IllegalArgumentException("unsupported report schema version '" + version + "' (this reader reads 1.x)");
    }
    if (tree.has("error") && !tree.has("article")) {
      throw new IllegalArgumentException("an error record, not a report: " + tree.path("input").asString("?") + ": "
          + tree.path("error").asString(""));
    }
    AnalysisReport plain = PresslensJson.mapper().treeToValue(tree, AnalysisReport.class);
    Map<String, Object> results = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : tree.path("results").properties()) {
      results.put(e.getKey(), typed(e.getKey(), e.getValue()));
    }
    return new AnalysisReport(plain.schemaVersion(), plain.article(), results, plain.failures(), plain.analyzers(),
        plain.timingsMs());
  }

  private Object typed(String analyzer, JsonNode value) {
    Optional<AnalyzerProvider<?>> provider = registry.names().contains(analyzer)
        ? Optional.of(registry.lookup(analyzer)) : Optional.empty();
    if (provider.isEmpty()) {
      return value;
    }
    Class<?> type = provider.get().resultType();
    try {
      return PresslensJson.mapper().treeToValue(value, type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the result of '" + analyzer + "' does not read as " + type.getName() + ": "
          + e.getMessage(), e);
    }
  }
}
