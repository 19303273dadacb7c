package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.presslens.testing.SpanAssertions.assertAllSpansWithin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.report.AnalysisReport;
import tools.jackson.databind.JsonNode;

/** The CLI end to end with the real CoreNLP layer (models load once for this JVM). */
class AnalyzeCommandIT {

  @TempDir
  Path tmp;

  @Test
  void sampleOpEdReportHasMetadataRepairsSentimentAndEntities() throws IOException {
    Path out = tmp.resolve("report.json");
    CliRun run = CliRun.of("analyze", "--out", out.toString(), SharedData.sampleOpEd().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    AnalysisReport report = PresslensJson.mapper().readValue(out.toFile(), AnalysisReport.class);
    Article a = report.article();
    assertThat(a.published()).hasToString("2023-10-01");
    assertThat(a.authors()).containsExactly("Nina L. Khrushcheva");
    assertThat(a.outlet()).isEqualTo("Project Syndicate");
    assertThat(a.sections()).extracting(s -> s.heading()).contains("A limited relationship", "Calculation change");
    assertThat(a.authorBio()).startsWith("Professor of International Affairs");
    assertThat(a.text()).doesNotContain("An advert").contains("Russia for", "Xi Jinping who");
    assertThat(a.repairs()).extracting(r -> r.replacement()).contains("Russia for", "Jinping who");
    assertThat(report.failures()).isEmpty();

    JsonNode results = PresslensJson.mapper().readTree(out.toFile()).get("results");
    JsonNode sentences = results.get("sentiment").get("sentences");
    assertThat(sentences.size()).isGreaterThan(20);
    sentences.forEach(s -> assertThat(s.has("voice")).isTrue());
    assertThat(results.get("entities").get("entities").size()).isGreaterThan(5);
    assertThat(assertAllSpansWithin(a, report)).isGreaterThan(100);
  }

  @Test
  void everyReaderGivesSpansWithinTheText() throws IOException {
    Path data = SharedData.dir();
    Path root = SharedData.repositoryRoot();
    Path json = tmp.resolve("article.json");
    Files.writeString(json, PresslensJson.mapper().writeValueAsString(
        org.presslens.io.ArticleReaders.read(root.resolve("samples/news-brief.txt"))));
    List<String> inputs = List.of(
        root.resolve("samples/op-ed-tram-line.txt").toString(),
        root.resolve("samples/news-brief.html").toString(),
        json.toString(),
        data.resolve("articles/bbc/sport/199.txt").toString(),
        data.resolve("articles/webis-editorials/guardian").toFile().listFiles((d, n) -> n.endsWith(".txt"))[0]
            .toString());
    Path out = tmp.resolve("out.jsonl");
    List<String> args = new ArrayList<>(List.of("analyze", "--out", out.toString()));
    args.addAll(inputs);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(inputs.size());
    for (String line : lines) {
      AnalysisReport report = PresslensJson.mapper().readValue(line, AnalysisReport.class);
      assertThat(report.failures()).isEmpty();
      assertAllSpansWithin(report.article(), report);
    }
  }

  @Test
  void allWebisEditorialsGiveOneLineEachAndExitZero() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(SharedData.dir().resolve("articles/webis-editorials"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
    }
    assertThat(files).hasSize(66);
    Path out = tmp.resolve("webis.jsonl");
    List<String> args = new ArrayList<>(List.of("analyze", "--format", "jsonl", "--out", out.toString()));
    args.addAll(files);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(66);
    for (int i = 0; i < 66; i++) {
      JsonNode node = PresslensJson.mapper().readTree(lines.get(i));
      assertThat(node.get("article").get("source").asString()).isEqualTo(files.get(i));
      assertThat(node.get("failures").size()).isZero();
    }
    assertThat(run.err()).contains("66 inputs: 66 ok, 0 failed");
  }

  @Test
  void badInputsBecomeErrorRecordsAndTheBatchGoesOn() throws IOException {
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6});
    Path good = SharedData.repositoryRoot().resolve("samples/news-brief.txt");
    Path out = tmp.resolve("mixed.jsonl");
    CliRun run = CliRun.of("analyze", "--analyzers", "entities", "--out", out.toString(), empty.toString(),
        good.toString(), tmp.resolve("missing.txt").toString(), binary.toString());
    assertThat(run.exitCode()).isEqualTo(Main.SOME_FAILED);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    assertThat(PresslensJson.mapper().readTree(lines.get(0)).get("error").asString()).contains(empty.toString());
    assertThat(PresslensJson.mapper().readTree(lines.get(1)).has("article")).isTrue();
    assertThat(PresslensJson.mapper().readTree(lines.get(2)).get("error").asString())
        .contains("missing.txt", "no such file");
    assertThat(PresslensJson.mapper().readTree(lines.get(3)).get("error").asString()).contains(binary.toString());
    assertThat(run.err()).contains("4 inputs: 1 ok, 3 failed");
  }

  @Test
  void usageErrorsExitTwoWithAClearMessage() {
    CliRun unknownAnalyzer = CliRun.of("analyze", "--analyzers", "nope", SharedData.sampleOpEd().toString());
    assertThat(unknownAnalyzer.exitCode()).isEqualTo(Main.USAGE);
    assertThat(unknownAnalyzer.err()).contains("no analyzer named 'nope'", "entities", "sentiment");

    CliRun unknownOption = CliRun.of("analyze", "-O", "sentiment.bogus=1", SharedData.sampleOpEd().toString());
    assertThat(unknownOption.exitCode()).isEqualTo(Main.USAGE);
    assertThat(unknownOption.err()).contains("sentiment.bogus");

    assertThat(CliRun.of("analyze").exitCode()).isEqualTo(Main.USAGE);
  }
}
