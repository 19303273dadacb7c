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
    JsonNode list = PresslensJson.mapper().readTree(run.out());
    assertThat(list.valueStream().map(n -> n.get("name").asString())).contains("entities", "sentiment");
    list.forEach(n -> {
      assertThat(n.get("version").asString()).isNotBlank();
      assertThat(n.get("description").asString()).isNotBlank();
      assertThat(n.get("requires").size()).isPositive();
    });
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("analyzers", "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("xml");
  }
}
