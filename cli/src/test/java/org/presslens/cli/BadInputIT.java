package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.cli.BadInputCorpus.Case;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * Bad input, end to end with every analyzer and the real CoreNLP layer: each input of a generated corpus (empty,
 * whitespace, binary, invalid UTF-8, UTF-16 with BOM, Latin-1, malformed JSON, HTML without body, deeply nested HTML,
 * German, script and control characters, a missing file, a dangling symlink, a socket) gives exactly one line — a
 * report or an error record that names the input and the problem — and the CLI exits as documented (0 all ok, 1 some
 * failed, 2 usage). The 10 MB text runs with a linear test analyzer, see {@link #aTenMegabyteTextGivesOneReport}.
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

    CliRun run = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> CliRun.of(args.toArray(String[]::new)));

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    List<JsonNode> nodes = lines(out);
    assertThat(nodes).hasSameSizeAs(cases);
    for (int i = 0; i < cases.size(); i++) {
      checkLine(nodes.get(i), cases.get(i));
    }
    long ok = cases.stream().filter(Case::expectOk).count();
    assertThat(run.err()).contains(cases.size() + " inputs: " + ok + " ok, " + (cases.size() - ok) + " failed");
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
   * A directory with entries that cannot be read. The tests run as root, which reads a file whatever its mode, so a
   * {@code chmod 000} file proves nothing; instead the directory holds entries no one can read as an article: a
   * dangling symbolic link, a Unix socket and a FIFO (whose read would block forever). Every regular article file
   * gives one line, in path order; the special entries give an error record or nothing (they are not regular files),
   * never a hang: the run is bounded by a timeout, and a reader stuck on the FIFO is released when it fires.
   */
  @Test
  void aDirectoryWithUnreadableEntriesGivesOneLinePerArticleFileAndNeverHangs() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("mixed"));
    List<Case> cases = BadInputCorpus.write(Files.createDirectory(tmp.resolve("corpus")));
    List<Case> regular = new ArrayList<>();
    for (Case c : List.of(cases.get(0), cases.get(4), cases.get(6), cases.get(7), cases.get(11))) {
      Path copy = Files.copy(c.file(), dir.resolve(c.file().getFileName()));
      regular.add(new Case(copy, c.expectOk(), c.expect()));
    }
    Path nested = Files.createDirectories(dir.resolve("z-sub"));
    Case inSub = new Case(Files.copy(cases.get(4).file(), nested.resolve("z-nested.txt")), true,
        cases.get(4).expect());
    regular.add(inSub);
    Files.createSymbolicLink(dir.resolve("b-dangling.txt"), dir.resolve("gone.txt"));
    BadInputCorpus.socket(dir.resolve("c-socket.txt"));
    Path fifo = dir.resolve("d-fifo.txt");
    boolean haveFifo = makeFifo(fifo);
    Set<String> special = Set.of(dir.resolve("b-dangling.txt").toString(), dir.resolve("c-socket.txt").toString(),
        fifo.toString());
    regular.sort((a, b) -> a.file().toString().compareTo(b.file().toString()));

    Path out = tmp.resolve("dir.jsonl");
    CliRun run;
    try {
      run = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> CliRun.of("analyze", "--progress", "none",
          "--analyzers", "sentiment", "-O", "sentiment.model=lexicon", "--out", out.toString(), dir.toString()));
    } finally {
      if (haveFifo) {
        releaseFifo(fifo);
      }
    }

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    List<JsonNode> nodes = lines(out);
    int next = 0;
    for (JsonNode node : nodes) {
      String input = node.has("article") ? node.path("article").path("source").asString()
          : node.path("input").asString();
      if (special.contains(input)) {
        assertThat(node.path("error").asString()).startsWith(input + ": ");
        continue;
      }
      assertThat(next).as("unexpected line for " + input).isLessThan(regular.size());
      checkLine(node, regular.get(next++));
    }
    assertThat(next).as("one line per regular article file").isEqualTo(regular.size());
  }

  /**
   * 10 MB of text: read, cleaned, annotated in windows (tokens) and reported, with the launcher's heap to spare. It
   * runs with the core test jar's {@code token-count} analyzer, linear in the length, registered through a generated
   * plugin jar: the sentiment analyzer's per-paragraph aggregation is quadratic in the number of sentences and takes
   * minutes on 10 MB (see docs/performance.md).
   */
  @Test
  void aTenMegabyteTextGivesOneReport() throws IOException {
    Path big = BadInputCorpus.bigText(tmp.resolve("ten-megabytes.txt"), 10L * 1024 * 1024);
    Path plugin = BadInputCorpus.tokenCountPlugin(tmp);
    Path out = tmp.resolve("big.json");
    CliRun run = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> CliRun.of("analyze", "--plugins",
        plugin.toString(), "--analyzers", "token-count", "--out", out.toString(), big.toString()));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    JsonNode report = PresslensJson.mapper().readTree(out.toFile());
    assertThat(report.path("failures").size()).isZero();
    assertThat(report.path("article").path("text").asString().length()).isGreaterThan(10_000_000);
    JsonNode counts = report.path("results").path("token-count");
    assertThat(counts.path("sentences").asInt()).isGreaterThan(50_000);
    assertThat(counts.path("tokens").asInt()).isGreaterThan(1_500_000);
  }

  private static boolean makeFifo(Path fifo) {
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Opens the FIFO for writing on a daemon thread, which unblocks a reader stuck on it (and ends with the JVM). */
  private static void releaseFifo(Path fifo) {
    Thread t = new Thread(() -> {
      try (OutputStream o = Files.newOutputStream(fifo)) {
        o.flush();
      } catch (IOException e) {
        // nothing was waiting
      }
    }, "release-fifo");
    t.setDaemon(true);
    t.start();
  }
}
