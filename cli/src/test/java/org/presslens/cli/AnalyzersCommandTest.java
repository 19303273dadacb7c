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
  void listsTheNlpEnginesAndEachAnalyzersLayersWithTheirProducers() {
    CliRun run = CliRun.of("analyzers", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = PresslensJson.mapper().readTree(run.out());
    JsonNode corenlp = root.get("engines").valueStream().filter(e -> e.get("name").asString().equals("corenlp"))
        .findFirst().orElseThrow();
    assertThat(corenlp.get("produces").valueStream().map(JsonNode::asString)).containsExactly("nlp:lemma", "nlp:ner",
        "nlp:parse", "nlp:pos", "nlp:sentiment", "nlp:tokens");
    assertThat(corenlp.get("consumes").size()).isZero();
    assertThat(corenlp.get("languages").valueStream().map(JsonNode::asString)).containsExactly("en");
    assertThat(corenlp.get("requiredHeapBytes").asLong()).isPositive();
    JsonNode stance = root.get("analyzers").valueStream().filter(a -> a.get("name").asString().equals("stance"))
        .findFirst().orElseThrow();
    assertThat(stance.get("layers").valueStream().map(l -> l.get("id").asString() + " for "
        + l.get("neededBy").valueStream().map(JsonNode::asString).toList() + " from "
        + l.get("producedBy").valueStream().map(JsonNode::asString).toList()))
        .contains("nlp:lemma for [entities, stance] from [corenlp]", "nlp:ner for [entities] from [corenlp]",
            "nlp:tokens for [entities, sentiment, stance] from [corenlp]");

    CliRun text = CliRun.of("analyzers");
    assertThat(text.out()).contains("corenlp      NLP engine: produces nlp:lemma, nlp:ner,",
        "consumes nothing; languages en; heap ", "layers nlp:lemma (corenlp), ", "nlp:ner (corenlp; for entities)",
        "nlp:lemma (corenlp; for entities, stance)");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run = CliRun.of("analyzers", "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("xml");
  }
}
