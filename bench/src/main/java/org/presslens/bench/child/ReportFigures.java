package org.presslens.bench.child;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the long section reads from one JSON report.
 *
 * @param stepsMs the report's {@code timingsMs}, in order
 * @param analysisMs the sum of {@code stepsMs}
 * @param sentences the sentiment analyzer's sentences
 * @param capped those of them marked {@code capped} (over the parser's length cap)
 * @param failures the report's {@code failures} (an empty node for none)
 */
record ReportFigures(Map<String, Long> stepsMs, long analysisMs, int sentences, int capped, JsonNode failures) {

  static ReportFigures of(JsonNode report) {
    Map<String, Long> steps = new LinkedHashMap<>();
    long analysis = 0;
    for (Map.Entry<String, JsonNode> e : report.path("timingsMs").properties()) {
      steps.put(e.getKey(), e.getValue().asLong());
      analysis += e.getValue().asLong();
    }
    int capped = 0;
    int sentences = 0;
    for (JsonNode sentence : report.path("results").path("sentiment").path("sentences")) {
      sentences++;
      if (sentence.path("capped").asBoolean(false)) {
        capped++;
      }
    }
    return new ReportFigures(steps, analysis, sentences, capped, report.path("failures"));
  }
}
