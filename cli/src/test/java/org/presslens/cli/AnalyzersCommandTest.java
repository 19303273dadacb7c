package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

class AnalyzersCommandTest {

  @Test
  void listsBuiltInAnalyzersAsJsonWithRequirements() {
    CliRun run = CliRun.of("analyzers", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = PresslensJson.mapper().readTree(run.out());
    JsonNode list = root.get("analyzers");
    assertThat(list.valueStream().map(n -> n.get("name").asString())).contains("entities", "sentiment");
    list.forEach(n -> {
      assertThat(n.get("version").asString()).isNotBlank();
      assertThat(n.get("description").asString()).isNotBlank();
      assertThat(n.get("requires").size()).isPositive();
    });
    assertThat(root.get("options").valueStream().map(n -> n.get("key").asString()))
        .contains("pipeline.timeLimitSeconds", "nlp.parseMaxTokens", "nlp.parser");
  }

  @Test
  void textListsThePipelineAndNlpOptionsAfterTheAnalyzers() {
    CliRun run = CliRun.of("analyzers");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("option pipeline.timeLimitSeconds (", "option nlp.parseMaxTokens (",
        "option sentiment.model (");
    assertThat(run.out().indexOf("option pipeline.timeLimitSeconds")).isGreaterThan(run.out().indexOf("sentiment"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("analyzers", "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("xml");
  }
}
