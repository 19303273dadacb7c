package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.bench.Corpus;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * The per-article time limit through the CLI's existing {@code -O key=value} ({@code pipeline.timeLimitSeconds}),
 * with every analyzer and the real CoreNLP layer: the article over the limit (60,000 words, minutes of work) becomes
 * an error record naming it and the limit, the short articles around it get their reports, the batch exits 1. Model
 * loading does not count against the limit.
 */
class TimeLimitIT {

  @TempDir
  Path tmp;

  @Test
  void anArticleOverTheLimitBecomesAnErrorRecordAndTheBatchGoesOn() throws IOException {
    Path root = SharedData.repositoryRoot();
    Path brief = root.resolve("samples/news-brief.txt");
    Path page = root.resolve("samples/news-brief.html");
    List<Path> sources = Corpus.expand(List.of(SharedData.dir().resolve("articles/bbc/politics")));
    Path huge = Files.writeString(tmp.resolve("huge.txt"), Corpus.longArticle(sources, 60_000));
    Path out = tmp.resolve("out.jsonl");

    CliRun run = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> CliRun.of("analyze", "--progress", "none",
        "--threads", "1", "-O", "pipeline.timeLimitSeconds=30", "--out", out.toString(), brief.toString(),
        huge.toString(), page.toString()));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    JsonNode first = PresslensJson.mapper().readTree(lines.get(0));
    JsonNode second = PresslensJson.mapper().readTree(lines.get(1));
    JsonNode third = PresslensJson.mapper().readTree(lines.get(2));
    assertThat(first.path("failures").size()).isZero();
    assertThat(third.path("failures").size()).isZero();
    assertThat(second.has("article")).isFalse();
    assertThat(second.path("input").asString()).isEqualTo(huge.toString());
    assertThat(second.path("error").asString()).startsWith(huge + ": ")
        .contains("time limit of 30 s (pipeline.timeLimitSeconds)");
    assertThat(run.err()).contains("3 inputs: 2 ok, 1 failed");
  }
}
