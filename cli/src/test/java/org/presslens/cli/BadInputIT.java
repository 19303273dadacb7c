package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.cli.BadInputCorpus.Case;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * Bad input, end to end with every analyzer and the real CoreNLP layer: each input of a generated corpus (empty,
 * whitespace, binary, invalid UTF-8, UTF-16 with BOM, Latin-1, malformed JSON, HTML without body, deeply nested HTML,
 * German, script and control characters, a missing file, a dangling symlink, a socket, a FIFO, a file over the 64 MiB
 * limit) gives exactly one line — a report or an error record that names the input and the problem — and the CLI
 * exits as documented (0 all ok, 1 some failed, 2 usage). Runs that could block on a FIFO are bounded by a timeout.
 * The 10 MB text runs with the lexicon sentiment model only, see {@link #aTenMegabyteTextGivesOneReport}.
 */
class BadInputIT {

  @TempDir
  Path tmp;

  private static List<JsonNode> lines(Path out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      nodes.add(PresslensJson.mapper().readTree(line));
    }
    return nodes;
  }

  private static void checkLine(JsonNode node, Case c) {
    String name = c.file().toString();
    if (c.expectOk()) {
      assertThat(node.has("article")).as(name + ": " + node.path("error").asString("")).isTrue();
      assertThat(node.path("article").path("source").asString()).isEqualTo(name);
      String text = node.path("article").path("text").asString();
      assertThat(text).as(name).contains(c.expect());
      assertThat(text.chars().filter(ch -> Character.getType(ch) == Character.CONTROL && ch != '\n' && ch != '\t'))
          .as(name + ": control characters left in the text").isEmpty();
      assertThat(text).doesNotContain("script text", "tracking text", "document.write");
    } else {
      assertThat(node.has("article")).as(name).isFalse();
      assertThat(node.path("input").asString()).isEqualTo(name);
      assertThat(node.path("error").asString()).as(name).startsWith(name + ": ").contains(c.expect());
    }
  }

  @Test
  void aBatchOfBadInputsGivesOneLinePerInputNamingItsProblem() throws IOException {
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    List<Case> cases = BadInputCorpus.write(corpus);
    Path out = tmp.resolve("out.jsonl");
    List<String> args = new ArrayList<>(List.of("analyze", "--progress", "none", "--out", out.toString()));
    cases.forEach(c -> args.add(c.file().toString()));

    CliRun run = BadInputCorpus.bounded(Duration.ofMinutes(4), () -> CliRun.of(args.toArray(String[]::new)),
        corpus.resolve(BadInputCorpus.FIFO));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    List<JsonNode> nodes = lines(out);
    assertThat(nodes).hasSameSizeAs(cases);
    for (int i = 0; i < cases.size(); i++) {
      checkLine(nodes.get(i), cases.get(i));
    }
    long ok = cases.stream().filter(Case::expectOk).count();
    // the German article is read and reported, but every (English-only) analyzer fails on it with kind "language"
    long withAnalyzerFailures = nodes.stream().filter(n -> !n.path("failures").isEmpty()).count();
    assertThat(withAnalyzerFailures).isEqualTo(1);
    assertThat(run.err()).contains(cases.size() + " inputs: " + (ok - withAnalyzerFailures) + " ok, "
        + withAnalyzerFailures + " with analyzer failures, " + (cases.size() - ok) + " failed");
    for (Case c : cases) {
      if (!c.expectOk()) {
        assertThat(run.err()).contains("presslens: " + c.file() + ": ");
      }
    }

    JsonNode german = nodes.get(9);
    assertThat(german.path("article").path("language").asString()).isEqualTo("de");
    assertThat(german.path("failures").size()).isPositive();
    german.path("failures").forEach(f -> assertThat(f.path("error").asString()).contains("'de'"));
    for (int i : new int[] {4, 5, 8, 10, 11}) {
      assertThat(nodes.get(i).path("failures").size()).as(cases.get(i).file().toString()).isZero();
    }
  }

  @Test
  void oneInputExitsZeroWithAReportOrOneWithAnErrorRecord() throws IOException {
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    List<Case> cases = BadInputCorpus.write(corpus);
    Case utf16 = cases.get(4);
    Case empty = cases.get(0);

    CliRun good = CliRun.of("analyze", "--analyzers", "sentiment", "-O", "sentiment.model=lexicon",
        utf16.file().toString());
    assertThat(good.exitCode()).as(good.err()).isEqualTo(Main.OK);
    checkLine(PresslensJson.mapper().readTree(good.out()), utf16);

    CliRun bad = CliRun.of("analyze", "--analyzers", "sentiment", "-O", "sentiment.model=lexicon",
        empty.file().toString());
    assertThat(bad.exitCode()).isEqualTo(Main.SOME_FAILED);
    checkLine(PresslensJson.mapper().readTree(bad.out()), empty);
    assertThat(bad.err()).contains(empty.file() + ": empty input");

    CliRun usage = CliRun.of("analyze", "--input-format", "pdf", utf16.file().toString());
    assertThat(usage.exitCode()).isEqualTo(Main.USAGE);
    assertThat(usage.err()).contains("pdf");
  }

  /**
   * A directory with entries that cannot be read, links and documentation files. The tests run as root, which reads a
   * file whatever its mode, so a {@code chmod 000} file proves nothing; instead the directory holds entries no one can
   * read as an article: a dangling symbolic link, a Unix socket and a FIFO (whose read would block forever). Each
   * gives one error record naming it and the problem; a link to an article file, and an article in a linked
   * directory, give reports under the link's path; a link back to the directory gives one error record (a cycle, not
   * followed); README and LICENSE are skipped with a notice on stderr; a FIFO without an article name is not an
   * input. Every line is in path order, and the run is bounded by a timeout that releases a reader stuck on a FIFO.
   */
  @Test
  void aDirectoryGivesOneLinePerArticleEntryAndNeverHangs() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("mixed"));
    Path corpus = Files.createDirectory(tmp.resolve("corpus"));
    List<Case> cases = BadInputCorpus.write(corpus);
    List<Case> expected = new ArrayList<>();
    for (Case c : List.of(cases.get(0), cases.get(4), cases.get(6), cases.get(7), cases.get(11))) {
      expected.add(new Case(Files.copy(c.file(), dir.resolve(c.file().getFileName())), c.expectOk(), c.expect()));
    }
    Case utf16 = cases.get(4);
    Path nested = Files.createDirectories(dir.resolve("z-sub"));
    expected.add(new Case(Files.copy(utf16.file(), nested.resolve("z-nested.txt")), true, utf16.expect()));
    Path dangling = Files.createSymbolicLink(dir.resolve("b-dangling.txt"), dir.resolve("gone.txt"));
    expected.add(new Case(dangling, false, "dangling symbolic link to " + dir.resolve("gone.txt") + " (no such file)"));
    expected.add(new Case(BadInputCorpus.socket(dir.resolve("c-socket.txt")), false, "not a regular file"));
    Path fifo = BadInputCorpus.fifo(dir.resolve("d-fifo.txt"));
    expected.add(new Case(fifo, false, "not a regular file"));
    expected.add(new Case(Files.createSymbolicLink(dir.resolve("e-link.txt"), utf16.file()), true, utf16.expect()));
    expected.add(new Case(Files.createSymbolicLink(dir.resolve("f-loop"), dir), false, "symbolic link cycle"));
    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Files.copy(cases.get(11).file(), outside.resolve("linked.txt"));
    Files.createSymbolicLink(dir.resolve("g-linked-dir"), outside);
    expected.add(new Case(dir.resolve("g-linked-dir/linked.txt"), true, cases.get(11).expect()));
    Path otherFifo = BadInputCorpus.fifo(dir.resolve("h-pipe.bin"));
    Files.createSymbolicLink(dir.resolve(".hidden-dangling.txt"), dir.resolve("gone.txt"));
    Files.copy(utf16.file(), dir.resolve("README.txt"));
    Files.copy(utf16.file(), dir.resolve("LICENSE"));
    expected.sort((a, b) -> a.file().toString().compareTo(b.file().toString()));

    Path out = tmp.resolve("dir.jsonl");
    CliRun run = BadInputCorpus.bounded(Duration.ofMinutes(3), () -> CliRun.of("analyze", "--progress", "none",
        "--analyzers", "sentiment", "-O", "sentiment.model=lexicon", "--out", out.toString(), dir.toString()),
        fifo, otherFifo, corpus.resolve(BadInputCorpus.FIFO));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    List<JsonNode> nodes = lines(out);
    assertThat(nodes).as(run.err()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      checkLine(nodes.get(i), expected.get(i));
    }
    long failed = expected.stream().filter(c -> !c.expectOk()).count();
    assertThat(run.err()).contains(expected.size() + " inputs: " + (expected.size() - failed) + " ok, " + failed
        + " failed");
    assertThat(run.err()).containsOnlyOnce("presslens: skipped 2 documentation files (not articles): "
        + dir.resolve("LICENSE") + ", " + dir.resolve("README.txt") + "\n");
  }

  /** Standard input is one input: one pretty JSON document and no batch summary, or one error record. */
  @Test
  void standardInputIsOneInput() throws IOException {
    String article = "Tram vote\n\nThe council voted for the tram line on Tuesday, and the mayor welcomed it.\n";
    CliRun good = withStdin(article.getBytes(StandardCharsets.UTF_8), "analyze", "--analyzers", "sentiment", "-O",
        "sentiment.model=lexicon", "-");
    assertThat(good.exitCode()).as(good.err()).isEqualTo(Main.OK);
    assertThat(good.out()).startsWith("{\n");
    JsonNode report = PresslensJson.mapper().readTree(good.out());
    assertThat(report.path("article").path("source").asString()).isEqualTo("-");
    assertThat(report.path("article").path("text").asString()).contains("the mayor welcomed it");
    assertThat(good.err()).doesNotContain("inputs:");

    CliRun empty = withStdin(new byte[0], "analyze", "--analyzers", "sentiment", "-O", "sentiment.model=lexicon", "-");
    assertThat(empty.exitCode()).isEqualTo(Main.SOME_FAILED);
    JsonNode error = PresslensJson.mapper().readTree(empty.out());
    assertThat(error.path("input").asString()).isEqualTo("-");
    assertThat(error.path("error").asString()).isEqualTo("-: empty input");
  }

  /** An output that cannot be written stops the run with a message and exit 1, never exit 0 with reports lost. */
  @Test
  void anOutputThatCannotBeWrittenIsAnErrorNotASilentLoss() throws IOException {
    Path article = Files.writeString(tmp.resolve("a.txt"), "Tram vote\n\nThe council voted for the tram line.\n");
    List<String> args = List.of("analyze", "--analyzers", "sentiment", "-O", "sentiment.model=lexicon",
        "--progress", "none", "--out");
    CliRun full = CliRun.of(concat(args, "/dev/full", article.toString(), article.toString()));
    assertThat(full.exitCode()).as(full.err()).isEqualTo(Main.SOME_FAILED);
    assertThat(full.err()).contains("presslens: cannot write the reports to /dev/full: write error; stopped after 1"
        + " of 2 inputs");

    Path missingDir = tmp.resolve("no-such-dir/out.jsonl");
    CliRun usage = CliRun.of(concat(args, missingDir.toString(), article.toString()));
    assertThat(usage.exitCode()).isEqualTo(Main.USAGE);
    assertThat(usage.err()).contains("presslens: --out " + missingDir + ": cannot create the file: no such directory");
  }

  private static String[] concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }

  private static CliRun withStdin(byte[] stdin, String... args) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      return CliRun.of(args);
    } finally {
      System.setIn(original);
    }
  }

  /**
   * 10 MB of text: read, cleaned, annotated in windows (tokens) and reported with sentence, paragraph and section
   * sentiment, in the test JVM's heap. The sentiment analyzer with its lexicon model (tokens only) keeps it to seconds
   * of NLP; its aggregation is linear in the number of sentences and paragraphs (docs/performance.md).
   */
  @Test
  void aTenMegabyteTextGivesOneReport() throws IOException {
    Path big = BadInputCorpus.bigText(tmp.resolve("ten-megabytes.txt"), 10L * 1024 * 1024);
    Path out = tmp.resolve("big.json");
    CliRun run = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> CliRun.of("analyze", "--analyzers",
        "sentiment", "-O", "sentiment.model=lexicon", "--out", out.toString(), big.toString()));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    JsonNode report = PresslensJson.mapper().readTree(out.toFile());
    assertThat(report.path("failures").size()).isZero();
    String text = report.path("article").path("text").asString();
    assertThat(text.length()).isGreaterThan(10_000_000);
    JsonNode sentiment = report.path("results").path("sentiment");
    assertThat(sentiment.path("sentences").size()).isGreaterThan(50_000);
    assertThat(sentiment.path("paragraphs").size()).isEqualTo(report.path("article").path("sections").valueStream()
        .mapToInt(sec -> sec.path("paragraphs").size()).sum());
    JsonNode last = sentiment.path("sentences").get(sentiment.path("sentences").size() - 1);
    assertThat(last.path("end").asInt()).isLessThanOrEqualTo(text.length()).isGreaterThan(text.length() - 1_000);
  }
}
