package org.presslens.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.spi.ResultKey;

/**
 * The report for one article (schema {@value #SCHEMA_VERSION}, see docs/report-schema.md): the article as read, each
 * analyzer's result under its name, the analyzers that failed, the analyzers of the pipeline with their versions and
 * effective options, and the wall time of each step in milliseconds.
 *
 * <p>Read a result with {@link #result(ResultKey)}: typed, whether the report came from a pipeline or was read back
 * from JSON.
 */
@JsonPropertyOrder({"schemaVersion", "article", "results", "failures", "analyzers", "timingsMs"})
public record AnalysisReport(String schemaVersion, Article article, Map<String, Object> results,
                             List<Failure> failures, @JsonInclude(JsonInclude.Include.NON_EMPTY)
                             Map<String, AnalyzerInfo> analyzers, Map<String, Long> timingsMs) {

  /** The schema version of the reports this version writes; 1.1 adds {@code analyzers} and failures' {@code kind}. */
  public static final String SCHEMA_VERSION = "1.1";

  public AnalysisReport {
    results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    failures = List.copyOf(failures);
    analyzers = analyzers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(analyzers));
    timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs == null ? Map.of() : timingsMs));
  }

  /** A report without analyzer descriptions. */
  public AnalysisReport(String schemaVersion, Article article, Map<String, Object> results, List<Failure> failures,
                        Map<String, Long> timingsMs) {
    this(schemaVersion, article, results, failures, Map.of(), timingsMs);
  }

  /** The same report without timings, for comparing runs. */
  public AnalysisReport withoutTimings() {
    return new AnalysisReport(schemaVersion, article, results, failures, analyzers, Map.of());
  }

  /**
   * The result of {@code key}'s analyzer as {@code key}'s type: the object itself, or, for a report read back from
   * JSON, converted from its JSON form. Empty when the report has no result of that analyzer.
   *
   * @throws IllegalArgumentException when the result does not convert to {@code key}'s type
   */
  public <T> Optional<T> result(ResultKey<T> key) {
    Object value = results.get(key.name());
    if (value == null) {
      return Optional.empty();
    }
    if (key.type().isInstance(value)) {
      return Optional.of(key.type().cast(value));
    }
    try {
      return Optional.of(PresslensJson.mapper().convertValue(value, key.type()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the result of '" + key.name() + "' is not a " + key.type().getName()
          + ": " + e.getMessage(), e);
    }
  }
}
