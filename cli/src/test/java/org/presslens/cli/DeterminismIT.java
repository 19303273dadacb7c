package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same 50 articles with {@code --threads 1} and {@code --threads 4} give byte-identical JSONL once the timings
 * (the last field of each line) are cut off. The articles are the ten shortest of each BBC section, so that the test
 * stays short while covering every section.
 */
class DeterminismIT {

  @TempDir
  Path tmp;

  /** The ten shortest articles of each BBC section (ties by path), in path order. */
  static List<Path> fiftyArticles() throws IOException {
    List<Path> picked = new ArrayList<>();
    try (Stream<Path> sections = Files.list(SharedData.dir().resolve("articles/bbc"))) {
      for (Path section : sections.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(section)) {
          files.filter(p -> p.toString().endsWith(".txt"))
              .sorted(Comparator.comparingLong((Path p) -> p.toFile().length()).thenComparing(Path::toString))
              .limit(10).sorted().forEach(picked::add);
        }
      }
    }
    return picked;
  }

  /** The line without its {@code "timingsMs"} object, which is the last field of a report. */
  static String withoutTimings(String line) {
    int at = line.lastIndexOf(",\"timingsMs\":{");
    assertThat(at).as("a report line ends with its timings: " + line.substring(0, Math.min(200, line.length())))
        .isPositive();
    assertThat(line).endsWith("}}");
    return line.substring(0, at) + "}";
  }

  private List<String> run(List<Path> files, int threads) throws IOException {
    Path out = tmp.resolve("threads-" + threads + ".jsonl");
    List<String> args = new ArrayList<>(List.of("analyze", "--progress", "none", "--format", "jsonl",
        "--threads", Integer.toString(threads), "--out", out.toString()));
    files.forEach(f -> args.add(f.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readAllLines(out).stream().map(DeterminismIT::withoutTimings).toList();
  }

  @Test
  void oneAndFourThreadsGiveByteIdenticalReports() throws IOException {
    List<Path> files = fiftyArticles();
    assertThat(files).hasSize(50);
    List<String> one = run(files, 1);
    List<String> four = run(files, 4);
    assertThat(one).hasSize(50);
    assertThat(four).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(four.get(i)).as(files.get(i).toString()).isEqualTo(one.get(i));
      assertThat(one.get(i)).contains("\"source\":\"" + files.get(i) + "\"").contains("\"failures\":[]");
    }
  }
}
