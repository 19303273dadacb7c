package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/** {@code presslens corpus} over the dated fixture reports: the formats, the groupings and the bad-input accounting. */
class CorpusCommandTest {
  private static final String FIXTURE = Path.of("src/test/resources/corpus/dated-reports.jsonl").toString();

  @TempDir
  Path tmp;

  @Test
  void textSaysWhatWasReadAndShowsEachOutletPerEntity() {
    CliRun run = CliRun.of("corpus", "--by", "outlet", "--min-articles", "3", FIXTURE);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("presslens corpus: 36 reports, 2 bad inputs (1 malformed, 1 error record)")
        .contains("grouped by outlet: 3 groups", "1 names merged, 1 surnames folded into a full name",
            "1. Vladimir Putin (PERSON)", "   Centre Daily ", "   The Left Paper ", "dated-reports.jsonl:37: error record",
            "dated-reports.jsonl:38: malformed");
    assertThat(run.err()).contains("presslens: corpus of 36 reports, 2 bad inputs");
  }

  @Test
  void jsonHasCellsIntervalsAndMissingDatesAreCountedNotInvented() throws Exception {
    Path undated = tmp.resolve("undated.jsonl");
    List<String> lines = Files.readAllLines(Path.of(FIXTURE)).subList(0, 6).stream()
        .map(l -> l.replaceAll("\"published\":\"[0-9-]+\"", "\"published\":null")).toList();
    Files.write(undated, lines);
    Path out = tmp.resolve("summary.json");
    CliRun run = CliRun.of("corpus", "--by", "month", "--format", "json", "--out", out.toString(), FIXTURE,
        undated.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = PresslensJson.mapper().readTree(Files.readString(out));
    assertThat(json.path("inputs").path("reports").asInt()).isEqualTo(42);
    assertThat(json.path("inputs").path("missing").path("MONTH").asInt()).isEqualTo(6);
    assertThat(json.path("groups").findValuesAsString("label")).containsExactly("2024-01", "2024-02", "2024-03",
        "2024-04");
    JsonNode cell = json.path("entities").get(0).path("cells").get(0);
    assertThat(cell.path("sentiment").path("low").asDouble()).isLessThan(cell.path("sentiment").path("mean").asDouble());
    assertThat(cell.path("mentionsByKind").path("NAME").asInt()).isPositive();
  }

  @Test
  void csvHasOneRowPerEntityAndGroupWithAColumnPerGrouping() throws Exception {
    CliRun run = CliRun.of("corpus", "--by", "dir,month", "--entities", "2", "--min-articles", "4", "--format", "csv",
        FIXTURE);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> rows = run.out().lines().toList();
    assertThat(rows.get(0)).isEqualTo("rank,identity,type,name,group,dir,month,group_articles,too_small,articles,"
        + "share,mentions,salience,sentiment_articles,sentiment_mean,sentiment_low,sentiment_high,favor,against,none");
    assertThat(rows).hasSize(1 + 2 * (1 + 12));
    assertThat(rows.get(2)).startsWith("1,\"PERSON:vladimir putin\",PERSON,\"Vladimir Putin\",\"centre / 2024-01\","
        + "centre,2024-01,3,true,,");
  }

  @Test
  void unknownGroupingAndFormatAreUsageErrors() {
    assertThat(CliRun.of("corpus", "--by", "colour", FIXTURE).exitCode()).isEqualTo(Main.USAGE);
    assertThat(CliRun.of("corpus", "--format", "pdf", FIXTURE).exitCode()).isEqualTo(Main.USAGE);
  }
}
