package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --format html}: where pages go, and the usage rules; with unreadable inputs only, so no models. */
class HtmlOutputTest {

  @TempDir
  Path tmp;

  @Test
  void htmlWithSeveralInputsNeedsAnOutputDirectory() throws Exception {
    Path a = Files.createFile(tmp.resolve("a.txt"));
    Path b = Files.createFile(tmp.resolve("b.txt"));
    CliRun noOut = CliRun.of("analyze", "--format", "html", a.toString(), b.toString());
    assertThat(noOut.exitCode()).isEqualTo(Main.USAGE);
    assertThat(noOut.err()).contains("--format html with several inputs", "--out DIR");

    CliRun toFile = CliRun.of("analyze", "--format", "html", "--out", a.toString(), a.toString(), b.toString());
    assertThat(toFile.exitCode()).isEqualTo(Main.USAGE);
    assertThat(toFile.err()).contains("is a file");
  }

  @Test
  void htmlPagesGoIntoTheDirectoryWithAnIndexAndErrorPages() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.createFile(in.resolve("001.txt"));
    Files.createDirectories(in.resolve("sub"));
    Files.createFile(in.resolve("sub/001.txt"));
    Files.createFile(in.resolve("index.txt"));
    Path out = tmp.resolve("pages");
    CliRun run = CliRun.of("analyze", "--analyzers", "sentiment", "--format", "html", "--progress", "none", "--out",
        out.toString(), in.toString(), tmp.resolve("missing<x>.txt").toString());
    assertThat(run.exitCode()).isEqualTo(Main.SOME_FAILED);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("001-2.html", "001.html", "index-2.html", "index.html", "missing_x_.html");
    }
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index).contains("href=\"001.html\"", "href=\"001-2.html\"", "href=\"missing_x_.html\"",
        "missing&lt;x&gt;.txt", "empty input").doesNotContain("<script", "missing<x>");
    assertThat(Files.readString(out.resolve("001.html"))).contains("Could not analyze", "empty input");
    assertThat(run.err()).contains("4 inputs: 0 ok, 4 failed").doesNotContain("done (");
  }

  @Test
  void aSingleInputWithAnOutputDirectoryGetsItsPageThere() throws Exception {
    Path empty = Files.createFile(tmp.resolve("one.txt"));
    Path out = Files.createDirectories(tmp.resolve("dir"));
    CliRun run = CliRun.of("analyze", "--analyzers", "sentiment", "--format", "html", "--out", out.toString(),
        empty.toString());
    assertThat(run.exitCode()).isEqualTo(Main.SOME_FAILED);
    assertThat(out.resolve("one.html")).exists();
    assertThat(out.resolve("index.html")).exists();
  }

  @Test
  void aSingleInputWithoutOutputWritesThePageToStandardOutput() throws Exception {
    Path empty = Files.createFile(tmp.resolve("one.txt"));
    CliRun run = CliRun.of("analyze", "--analyzers", "sentiment", "--format", "html", empty.toString());
    assertThat(run.exitCode()).isEqualTo(Main.SOME_FAILED);
    assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("Could not analyze", "empty input");
  }
}
