package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.testing.ThrowingProvider;

/**
 * A plugin author's view of {@code analyze}, without models: an analyzer that throws is printed on stderr, counted in
 * the summary, and can make the run exit 1; a plugin jar that declares no provider is named as such.
 */
class PluginFailuresTest {

  @TempDir
  Path tmp;

  /** A jar holding one services file {@code entry} that lists {@code provider}. */
  private Path jar(String name, String entry, String provider) throws IOException {
    Path jar = tmp.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(entry));
      out.write((provider + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  private Path articles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.txt"), "The council met on Monday. It agreed on the budget.\n");
    Files.writeString(dir.resolve("b.txt"), "The mayor spoke on Tuesday. She praised the plan.\n");
    return dir;
  }

  @Test
  void aThrowingAnalyzerIsPrintedCountedAndCanFailTheRun() throws IOException {
    Path plugin = jar("throwing.jar", Plugins.PROVIDERS, ThrowingProvider.class.getName());
    Path in = articles();
    CliRun run = CliRun.of("analyze", "--plugins", plugin.toString(), "--analyzers", "throwing", "--progress", "none",
        "--format", "jsonl", in.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
    assertThat(run.err()).contains("a.txt: analyzer 'throwing' failed (threw): IllegalStateException: "
        + ThrowingProvider.MESSAGE, "b.txt: analyzer 'throwing' failed (threw)",
        "2 inputs: 0 ok, 2 with analyzer failures, 0 failed");
    assertThat(run.out()).contains("\"kind\":\"THREW\"", "\"analyzers\":{\"throwing\":{\"version\":\"1.0\"}}");

    CliRun strict = CliRun.of("analyze", "--plugins", plugin.toString(), "--analyzers", "throwing", "--progress",
        "none", "--fail-on-analyzer-failure", "--format", "jsonl", in.toString());
    assertThat(strict.exitCode()).isEqualTo(Main.SOME_FAILED);
  }

  @Test
  void aPluginWithoutProviderIsNamedAsSuch() throws IOException {
    Path misspelled = jar("hedges.jar", "META-INF/services/org.presslens.spi.AnalyzerProviders",
        "com.example.HedgesProvider");
    CliRun run = CliRun.of("analyze", "--plugins", misspelled.toString(), "--analyzers", "hedges",
        articles().resolve("a.txt").toString());
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("plugin " + misspelled + " declares no analyzer provider: it has no "
        + Plugins.PROVIDERS, "no analyzer named 'hedges'");
  }

  @Test
  void aProviderThatFailsToLoadIsReportedByAnalyze() throws IOException {
    Path broken = jar("broken.jar", Plugins.PROVIDERS, "com.example.NoSuchProvider");
    CliRun run = CliRun.of("analyze", "--plugins", broken.toString(), "--analyzers", "hedges",
        articles().resolve("a.txt").toString());
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("presslens: warning: AnalyzerProvider provider failed to load",
        "com.example.NoSuchProvider");
  }
}
