package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.bench.Corpus;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * Long input. A 100,000-word article completes through the launcher in a child JVM with the launcher's default heap
 * (CoreNLP annotates it in windows of whole paragraphs); it runs with the lexicon sentiment model, which needs tokens
 * only, to keep the test short — the full pipeline on 10k/50k/100k words is measured by
 * {@code presslens bench pipeline --sections long} (docs/performance.md). A 5,000-token "sentence" without
 * punctuation does not hang the parser: it is cut into pieces over the parser's cap, and no piece is scored from a
 * parse it does not have.
 */
class LongInputIT {

  @TempDir
  Path tmp;

  @Test
  void aHundredThousandWordArticleCompletesWithTheLaunchersDefaultHeap() throws Exception {
    Path launcher = SharedData.repositoryRoot().resolve("presslens");
    assertThat(SharedData.repositoryRoot().resolve("cli/target/presslens-cli.jar")).as("the packaged CLI").exists();
    List<Path> sources = Corpus.expand(List.of(SharedData.dir().resolve("articles/bbc")));
    Path article = Files.writeString(tmp.resolve("long.txt"), Corpus.longArticle(sources, 100_000));
    assertThat(Corpus.wordCount(Files.readString(article))).isGreaterThanOrEqualTo(100_000);
    Path out = tmp.resolve("long.json");

    ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "analyze", "--analyzers", "sentiment", "-O",
        "sentiment.model=lexicon", "--out", out.toString(), article.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("launcher.log").toFile());
    pb.environment().remove("PRESSLENS_JAVA_OPTS"); // the launcher's default -Xmx
    Process process = pb.start();
    boolean finished = process.waitFor(8, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String log = Files.readString(tmp.resolve("launcher.log"));
    assertThat(finished).as("finished within 8 minutes: " + log).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
    assertThat(log).doesNotContain("OutOfMemoryError");

    JsonNode report = PresslensJson.mapper().readTree(out.toFile());
    assertThat(report.path("failures").size()).isZero();
    assertThat(report.path("results").path("sentiment").path("sentences").size()).isGreaterThan(4_000);
  }

  @Test
  void aFiveThousandTokenUnpunctuatedSentenceIsCutIntoCappedPiecesNotHung() throws IOException {
    String text = Corpus.runOnSentence(5_000).strip() + "\n\nThe council met on Tuesday. The mayor welcomed the"
        + " vote and said the tram would be built.";
    Path article = Files.writeString(tmp.resolve("run-on.txt"), text);
    Path out = tmp.resolve("run-on.json");
    List<String> args = new ArrayList<>(List.of("analyze", "--out", out.toString(), article.toString()));

    CliRun run = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> CliRun.of(args.toArray(String[]::new)));

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = PresslensJson.mapper().readTree(out.toFile());
    assertThat(report.path("failures").size()).as(report.path("failures").toString()).isZero();
    List<JsonNode> pieces = new ArrayList<>();
    List<JsonNode> scored = new ArrayList<>();
    report.path("results").path("sentiment").path("sentences")
        .forEach(s -> (s.path("end").asInt() - s.path("begin").asInt() >= 1_000 ? pieces : scored).add(s));
    // the run-on (about 33,000 chars without a sentence end) is cut into pieces of at most 2,000 chars, each over
    // the parser's cap of 80 tokens (the stance analyzer requires the parse, so the parser saw them and did not hang)
    assertThat(pieces).hasSizeGreaterThanOrEqualTo(16);
    assertThat(pieces).allSatisfy(s -> assertThat(s.path("end").asInt() - s.path("begin").asInt())
        .isBetween(1_000, 2_000));
    // a piece has no parse: whichever sentence model is the default, none is scored from a parse it does not have
    // (the CoreNLP model marks it capped and scores it with another model)
    assertThat(pieces).allSatisfy(s -> assertThat(!s.path("model").asString("").equals("corenlp")
        || s.path("capped").asBoolean(false)).as(s.toString()).isTrue());
    assertThat(scored).hasSizeGreaterThanOrEqualTo(2);
  }
}
