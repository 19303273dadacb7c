package org.presslens.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime analyzer jars hold what runs: no trainer, evaluation, data set reader, metric, optimiser or benchmark
 * class (those live in {@code training}), and no CSV library. Lists each {@code analyzers-*} module's packaged jar
 * ({@code target/*.jar}, present when the reactor packaged the module before this test, as {@code verify} does), or
 * its {@code target/classes} when it was only compiled (or the jar is older than the classes).
 */
class RuntimeJarsTest {

  /** Class names (or packages) of training, evaluation, data sets, metrics and benchmarks. */
  static final Pattern FORBIDDEN = Pattern.compile(
      "(?i)(train|evaluat|benchmark|metric|crossvalidation|gold|newsmtsc|semeval|fnc|lbfgs|optimi[sz]|/eval/"
          + "|/bench/|dataset|annotatedsentences|cachingengine|recordingengine)");

  @Test
  void analyzerJarsHoldNoTrainingEvaluationDatasetOrBenchmarkClass() throws IOException {
    List<Path> modules = analyzerModules();
    assertThat(modules).extracting(m -> m.getFileName().toString())
        .contains("analyzers-sentiment", "analyzers-entities", "analyzers-stance");
    List<String> hits = new ArrayList<>();
    int classCount = 0;
    for (Path module : modules) {
      List<String> entries = entries(module);
      for (String e : entries) {
        if (e.endsWith(".class")) {
          classCount++;
          if (FORBIDDEN.matcher(e).find()) {
            hits.add(module.getFileName() + ": " + e);
          }
        }
      }
    }
    assertThat(classCount).as("classes listed").isGreaterThan(50);
    assertThat(hits).as("training, evaluation, data set or benchmark classes in the runtime jars").isEmpty();
  }

  @Test
  void theForbiddenNamesAreRecognised() {
    assertThat(List.of("org/presslens/training/stance/FncTraining.class", "x/eval/ConllEvaluation.class",
        "x/ml/Lbfgs.class", "x/ml/Metrics.class", "x/SentimentBenchmark.class", "x/NewsMtsc.class"))
        .allMatch(e -> FORBIDDEN.matcher(e).find());
    assertThat(List.of("org/presslens/analyzers/stance/claim/ClaimModel.class",
        "org/presslens/analyzers/entities/sentiment/TargetSentimentModel.class",
        "org/presslens/analyzers/sentiment/Calibration.class"))
        .noneMatch(e -> FORBIDDEN.matcher(e).find());
  }

  @Test
  void analyzerPomsDeclareNoCsvLibrary() throws IOException {
    for (Path module : analyzerModules()) {
      String pom = Files.readString(module.resolve("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
      assertThat(pom).as(module.getFileName() + "/pom.xml").doesNotContainIgnoringCase("csv");
    }
  }

  private static List<Path> analyzerModules() throws IOException {
    try (Stream<Path> dirs = Files.list(ArchitectureTest.root())) {
      return dirs.filter(d -> d.getFileName().toString().startsWith("analyzers-"))
          .filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).sorted().toList();
    }
  }

  /** Whether a class file was compiled after the jar was packaged (a stale jar of an earlier build). */
  private static boolean olderThanClasses(Path jar, Path classes) throws IOException {
    if (!Files.isDirectory(classes)) {
      return false;
    }
    long packaged = Files.getLastModifiedTime(jar).toMillis();
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(Files::isRegularFile).anyMatch(f -> f.toFile().lastModified() > packaged);
    }
  }

  /** The (current) jar's entries, or else the class directory's files (relative, '/'-separated). */
  private static List<String> entries(Path module) throws IOException {
    Path target = module.resolve("target");
    String artifact = "presslens-" + module.getFileName() + "-";
    Path jar = null;
    if (Files.isDirectory(target)) {
      try (Stream<Path> files = Files.list(target)) {
        jar = files.filter(f -> f.getFileName().toString().startsWith(artifact))
            .filter(f -> f.toString().endsWith(".jar") && !f.toString().endsWith("-sources.jar")
                && !f.toString().endsWith("-javadoc.jar") && !f.toString().endsWith("-tests.jar"))
            .findFirst().orElse(null);
      }
    }
    Path classes = target.resolve("classes");
    if (jar != null && !olderThanClasses(jar, classes)) {
      try (JarFile j = new JarFile(jar.toFile())) {
        return j.stream().map(e -> e.getName()).toList();
      }
    }
    assertThat(classes).as("neither a jar nor compiled classes of " + module.getFileName()).isDirectory();
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(Files::isRegularFile).map(f -> classes.relativize(f).toString().replace('\\', '/'))
          .toList();
    }
  }
}
