package org.presslens.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates test inputs: the shared development data (read-only, never copied into the repository) and the
 * project's own bundled samples.
 *
 * <p>The shared data folder is the system property {@code presslens.sharedData} (set by surefire), else
 * {@code ../../shared/data} relative to the module directory.
 */
public final class TestData {

  /** The system property naming the shared data folder. */
  public static final String PROPERTY = "presslens.sharedData";

  private TestData() {
  }

  /** The shared data folder; fails with a message saying where it was looked for when it is missing. */
  public static Path sharedData() {
    String configured = System.getProperty(PROPERTY);
    Path dir = configured != null && !configured.isBlank()
        ? Paths.get(configured)
        : Paths.get(System.getProperty("user.dir")).resolve("../../shared/data");
    dir = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("articles")) || !Files.isDirectory(dir.resolve("samples"))) {
      throw new IllegalStateException("shared test data not found at " + dir + " (set -D" + PROPERTY
          + "=<folder with articles/ and samples/>)");
    }
    return dir;
  }

  /** A file or folder under the shared data folder, which must exist. */
  public static Path shared(String relative) {
    Path p = sharedData().resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("shared test data file missing: " + p);
    }
    return p;
  }

  /** The shared sample op-ed in raw scraped form. */
  public static Path sampleOpEd() {
    return shared("samples/op-ed-putin-kim-summit.txt");
  }

  /** All 2,225 BBC article files, sorted. */
  public static List<Path> bbcFiles() {
    return filesUnder(shared("articles/bbc"), ".txt").stream()
        .filter(p -> !p.getFileName().toString().startsWith("README")).toList();
  }

  /** The 66 plain-text Webis editorials, sorted. */
  public static List<Path> webisTextFiles() {
    return filesUnder(shared("articles/webis-editorials"), ".txt");
  }

  /** A bundled sample under the repository's {@code samples/} folder. */
  public static Path bundledSample(String name) {
    Path moduleDir = Paths.get(System.getProperty("user.dir"));
    for (Path candidate : List.of(moduleDir.resolve("../samples"), moduleDir.resolve("samples"))) {
      Path p = candidate.resolve(name).toAbsolutePath().normalize();
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("bundled sample samples/" + name + " not found from " + moduleDir);
  }

  /** The BBC files read with the plain-text reader (read once per test run). */
  /** {@code text} read as {@code format}, from a source named {@code mem.<format>}. */
  public static org.presslens.model.Article read(ArticleFormat format, String text) {
    return ArticleReaders.read("mem." + format.formatName(),
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Optional.of(format));
  }

  public static List<org.presslens.model.Article> bbcArticles() {
    return Corpus.BBC;
  }

  /** The Webis text files read with the plain-text reader (read once per test run). */
  public static List<org.presslens.model.Article> webisArticles() {
    return Corpus.WEBIS;
  }

  private static final class Corpus {
    private static final List<org.presslens.model.Article> BBC = readAll(bbcFiles());
    private static final List<org.presslens.model.Article> WEBIS = readAll(webisTextFiles());

    private static List<org.presslens.model.Article> readAll(List<Path> files) {
      return files.stream().map(f -> ArticleReaders.read(f, java.util.Optional.of(ArticleFormat.TEXT))).toList();
    }
  }

  private static List<Path> filesUnder(Path dir, String suffix) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
