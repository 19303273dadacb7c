package org.presslens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, installed by {@code .ci/run}) for the browser tests: no
 * sandbox, no GPU, no network services, a fresh profile per run.
 */
final class Chromium {
  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The browser; fails with what to install when it is missing. */
  static Chromium find() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return new Chromium(Path.of(candidate));
      }
    }
    throw new AssertionError("Chromium is needed for the HTML report's browser test but /usr/bin/chromium is missing;"
        + " install Debian's package: apt-get update && apt-get install -y chromium (.ci/run does this)");
  }

  /** The DOM after the page ran (with a virtual time budget, so that handlers such as onerror would have fired). */
  String dumpDom(Path page, Path work) throws IOException, InterruptedException {
    return run(work, "--virtual-time-budget=3000", "--dump-dom", page.toUri().toString());
  }

  /** Takes a screenshot of the top {@code width x height} of the page. */
  void screenshot(Path page, Path png, int width, int height, Path work) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(work, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
        page.toUri().toString());
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("Chromium wrote no screenshot to " + png);
    }
  }

  private String run(Path work, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-quic", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "chromium", ".out");
    Path err = Files.createTempFile(work, "chromium", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s: " + command);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("Chromium exited with " + p.exitValue() + ": " + Files.readString(err));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
