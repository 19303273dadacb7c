package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch progress: a progress bar when standard error is a terminal (the real launcher in a pseudo-terminal made by
 * util-linux's {@code script}), periodic plain lines otherwise; the summary line in both cases. Uses the sentiment
 * analyzer's lexicon model, which needs only the tokenizer, so the launcher's JVM loads no big model.
 */
class BatchProgressIT {

  @TempDir
  Path tmp;

  private Path articles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    for (String n : List.of("001", "002", "003", "004", "005")) {
      Files.copy(SharedData.dir().resolve("articles/bbc/politics/" + n + ".txt"), dir.resolve(n + ".txt"));
    }
    Files.createFile(dir.resolve("006-empty.txt"));
    return dir;
  }

  @Test
  void aTerminalGetsAProgressBarAndTheSummary() throws Exception {
    Path script = Path.of("/usr/bin/script");
    assertThat(script).as("util-linux 'script' (Debian package bsdutils) is needed to give the CLI a terminal")
        .exists();
    Path dir = articles();
    Path out = tmp.resolve("out.jsonl");
    Path launcher = SharedData.repositoryRoot().resolve("presslens");
    String command = "PRESSLENS_JAVA_OPTS=-Xmx1g bash '" + launcher + "' analyze --analyzers sentiment"
        + " -O sentiment.model=lexicon --threads 2 --format jsonl --out '" + out + "' '" + dir + "'";
    Path typescript = tmp.resolve("typescript");
    Process p = new ProcessBuilder(script.toString(), "-q", "-f", "-e", "-c", command, typescript.toString())
        .redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(tmp.resolve("script.out").toFile())
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(4, TimeUnit.MINUTES)).as("the batch finishes").isTrue();
    String screen = Files.readString(tmp.resolve("script.out"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(screen).isEqualTo(Main.SOME_FAILED);
    assertThat(screen).contains("\r")                                 // redrawn in place
        .containsPattern("analyze +\\d+% .*\\d/6 articles")            // done / total
        .containsPattern("\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\)") // elapsed / ETA
        .contains("articles/min", "1 failed", "006-empty.txt: empty input", "6 inputs: 5 ok, 1 failed");
    assertThat(screen).doesNotContain("done (");                       // no plain progress lines on a terminal
    assertThat(Files.readAllLines(out)).hasSize(6);
  }

  @Test
  void withoutATerminalProgressIsPlainLines() throws Exception {
    Path dir = articles();
    Path out = tmp.resolve("out.jsonl");
    CliRun run = CliRun.of("analyze", "--analyzers", "sentiment", "-O", "sentiment.model=lexicon", "--format",
        "jsonl", "--out", out.toString(), dir.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    assertThat(run.err()).doesNotContain("\r").containsPattern("presslens: 1/6 done \\(16%\\), [0-9.]+ articles/min")
        .contains("6 inputs: 5 ok, 1 failed");
    assertThat(Files.readAllLines(out)).hasSize(6);
  }
}
