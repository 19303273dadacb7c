package org.presslens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.testing.SpanAssertions;
import org.presslens.testing.TestArticles;
import org.presslens.testing.TokenCountProvider.TokenCount;
import tools.jackson.databind.JsonNode;

class AnalysisReportTest {

  private static AnalysisReport report() {
    Article article = TestArticles.minimal();
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("token-count", new TokenCount(5, 1, List.of(new Span(0, 22))));
    results.put("plain", Map.of("answer", 42));
    Map<String, Long> timings = new LinkedHashMap<>();
    timings.put("nlp", 3L);
    timings.put("token-count", 1L);
    return new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, results,
        List.of(new Failure("throwing", "IllegalStateException: boom")), timings);
  }

  @Test
  void fieldsAreWrittenInSchemaOrder() {
    JsonNode tree = PresslensJson.mapper().readTree(PresslensJson.mapper().writeValueAsString(report()));
    assertThat(new ArrayList<>(tree.propertyNames()))
        .containsExactly("schemaVersion", "article", "results", "failures", "timingsMs");
    assertThat(tree.get("schemaVersion").stringValue()).isEqualTo("1.1");
    assertThat(new ArrayList<>(tree.get("results").propertyNames())).containsExactly("token-count", "plain");
    assertThat(new ArrayList<>(tree.get("failures").get(0).propertyNames())).containsExactly("analyzer", "error");
    assertThat(tree.get("timingsMs").get("nlp").intValue()).isEqualTo(3);
  }

  @Test
  void roundTripsWithResultsAsJsonTrees() {
    AnalysisReport report = report();
    String json = PresslensJson.mapper().writeValueAsString(report);
    AnalysisReport back = PresslensJson.mapper().readValue(json, AnalysisReport.class);
    assertThat(back.schemaVersion()).isEqualTo(report.schemaVersion());
    assertThat(back.article()).isEqualTo(report.article());
    assertThat(back.failures()).isEqualTo(report.failures());
    assertThat(back.timingsMs()).isEqualTo(report.timingsMs());
    assertThat(back.results()).containsOnlyKeys("token-count", "plain");
    // results come back as generic JSON values (maps/lists), equal as trees
    assertThat(PresslensJson.mapper().valueToTree(back.results()).equals(
        PresslensJson.mapper().valueToTree(report.results()))).isTrue();
    assertThat(PresslensJson.mapper().writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void withoutTimingsDropsOnlyTimings() {
    AnalysisReport report = report();
    AnalysisReport stripped = report.withoutTimings();
    assertThat(stripped.timingsMs()).isEmpty();
    assertThat(stripped.article()).isEqualTo(report.article());
    assertThat(stripped.results()).isEqualTo(report.results());
    assertThat(stripped.failures()).isEqualTo(report.failures());
    assertThat(stripped).isEqualTo(report().withoutTimings());
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("a", "x");
    List<Failure> failures = new ArrayList<>();
    AnalysisReport r = new AnalysisReport("1.0", TestArticles.minimal(), results, failures, Map.of());
    results.put("b", "y");
    failures.add(new Failure("b", "e"));
    assertThat(r.results()).containsOnlyKeys("a");
    assertThat(r.failures()).isEmpty();
    assertThatThrownBy(() -> r.results().put("c", "z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.timingsMs().put("c", 1L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void spansOfTheReportLieWithinTheArticle() {
    AnalysisReport report = report();
    assertThat(SpanAssertions.assertAllSpansWithin(report.article(), report)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void inputErrorHasSchemaVersionInputAndError() {
    InputError e = new InputError("missing.html", "NoSuchFileException: missing.html");
    assertThat(e.schemaVersion()).isEqualTo(AnalysisReport.SCHEMA_VERSION);
    String json = PresslensJson.mapper().writeValueAsString(e);
    assertThat(json).isEqualTo(
        "{\"schemaVersion\":\"1.1\",\"input\":\"missing.html\",\"error\":\"NoSuchFileException: missing.html\"}");
    assertThat(PresslensJson.mapper().readValue(json, InputError.class)).isEqualTo(e);
  }
}
