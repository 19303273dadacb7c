package org.presslens.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium for the browser tests: no sandbox, no GPU, no network services, a fresh profile per run.
 *
 * <p>The browser is {@code PRESSLENS_CHROMIUM} when set, else the first {@code chromium} or {@code chromium-browser}
 * on {@code PATH}. Where there is none the tests are skipped with one line on stderr saying what was skipped and how
 * to install it, except under {@code CI=true} or {@code -Dpresslens.requireBrowser=true}, where they fail naming the
 * missing browser ({@code .ci/run} installs Debian's {@code chromium}).
 */
final class Chromium {
  static final String ENV_BINARY = "PRESSLENS_CHROMIUM";
  static final String REQUIRE_PROPERTY = "presslens.requireBrowser";
  private static final List<String> NAMES = List.of("chromium", "chromium-browser");

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /**
   * The browser for {@code testClass}, or empty after one line on stderr saying what is skipped and how to install
   * it; fails instead when the browser is required or when {@code PRESSLENS_CHROMIUM} names no executable file.
   */
  static Optional<Chromium> find(String testClass) {
    Optional<Path> found = locate(System.getenv(ENV_BINARY), System.getenv("PATH"));
    if (found.isPresent()) {
      return Optional.of(new Chromium(found.get()));
    }
    String missing = "Chromium (" + String.join(" or ", NAMES) + ") is not on PATH and " + ENV_BINARY + " is not set";
    String install = "install it (Debian/Ubuntu: apt-get install -y chromium) or set " + ENV_BINARY
        + "=/path/to/chromium";
    if (required(System.getenv("CI"), System.getProperty(REQUIRE_PROPERTY))) {
      throw new AssertionError(testClass + " needs a browser: " + missing + "; " + install
          + " (required because CI=true or -D" + REQUIRE_PROPERTY + "=true)");
    }
    System.err.println("SKIPPED " + testClass + " (the HTML report in a real browser): " + missing + "; " + install);
    return Optional.empty();
  }

  /** {@code explicit} (which must then be an executable file), else the first Chromium on {@code path}. */
  static Optional<Path> locate(String explicit, String path) {
    if (explicit != null && !explicit.isBlank()) {
      Path p = Path.of(explicit);
      if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
        throw new AssertionError(ENV_BINARY + "=" + explicit + " is not an executable file");
      }
      return Optional.of(p);
    }
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : NAMES) {
        if (!dir.isEmpty()) {
          Path candidate = Path.of(dir, name);
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return Optional.of(candidate);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** True under {@code CI=true} or {@code -Dpresslens.requireBrowser=true}. */
  static boolean required(String ciEnv, String requireProperty) {
    return "true".equalsIgnoreCase(ciEnv) || "true".equalsIgnoreCase(requireProperty);
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
