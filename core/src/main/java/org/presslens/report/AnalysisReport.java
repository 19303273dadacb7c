package org.presslens.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.model.Article;

/**
 * The report for one article (schema {@value #SCHEMA_VERSION}): the article as read, each analyzer's result under its
 * name, the analyzers that failed, and the wall time of each step in milliseconds.
 */
@JsonPropertyOrder({"schemaVersion", "article", "results", "failures", "timingsMs"})
public record AnalysisReport(String schemaVersion, Article article, Map<String, Object> results,
                             List<Failure> failures, Map<String, Long> timingsMs) {

  public static final String SCHEMA_VERSION = "1.0";

  public AnalysisReport {
    results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    failures = List.copyOf(failures);
    timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
  }

  /** The same report without timings, for comparing runs. */
  public AnalysisReport withoutTimings() {
    return new AnalysisReport(schemaVersion, article, results, failures, Map.of());
  }
}
