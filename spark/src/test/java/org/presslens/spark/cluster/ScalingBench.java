package org.presslens.spark.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scaling of the job jar on a standalone cluster on this machine: for each worker count (one core and one executor
 * each), a fresh cluster, one {@code spark-submit} of the job over the same articles, and its wall time from submit
 * to exit, the job's own figure (from its summary line, model loading included) and the load average. Run by
 * {@code spark/bench-cluster} (see docs/spark.md), which passes the build's paths as system properties.
 */
public final class ScalingBench {
  private static final Pattern SUMMARY = Pattern.compile("presslens-spark: .*");
  private static final Pattern OWN_RATE = Pattern.compile("\\(([\\d.]+) articles/min\\)");

  private ScalingBench() {
  }

  /** Arguments: worker counts ({@code 1,2}), then the input files or directories. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ScalingBench WORKERS(e.g. 1,2) INPUT...");
      System.exit(2);
    }
    List<Integer> workerCounts = Arrays.stream(args[0].split(",")).map(Integer::parseInt).toList();
    List<String> inputs = List.of(args).subList(1, args.length);
    Path tmp = Files.createTempDirectory("presslens-scaling");
    SparkDistribution dist = SparkDistribution.create(Path.of(System.getProperty("presslens.spark.dist")),
        tmp.resolve("spark-home"), List.of(System.getProperty("presslens.spark.jvmOptions").trim().split("\\s+")));
    System.out.println("| workers | wall | articles/min (wall) | job's own figure | load avg (start, end) |");
    System.out.println("|---:|---:|---:|---:|---|");
    for (int workers : workerCounts) {
      System.out.println(run(dist, tmp.resolve("run-" + workers), workers, inputs));
    }
  }

  private static String run(SparkDistribution dist, Path dir, int workers, List<String> inputs)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    try (StandaloneCluster cluster = StandaloneCluster.start(dist, dir, workers, 1, "2g")) {
      String loadStart = loadAverage();
      List<String> args = new ArrayList<>(List.of("--class", "org.presslens.spark.PresslensSparkJob",
          "--executor-memory", "2g", "--executor-cores", "1", "--total-executor-cores", String.valueOf(workers),
          "--conf", "spark.executor.extraClassPath=" + System.getProperty("presslens.spark.modelJars"),
          System.getProperty("presslens.spark.jobJar"), "--out", dir.resolve("out").toString(), "--single-file"));
      args.addAll(inputs);
      Path log = dir.resolve("driver.log");
      long start = System.nanoTime();
      Process driver = cluster.submit(log, args);
      if (!driver.waitFor(2, TimeUnit.HOURS) || driver.exitValue() != 0) {
        throw new IllegalStateException("the job failed; logs:\n" + cluster.logs());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long lines;
      try (Stream<String> out = Files.lines(dir.resolve("out/reports.jsonl"), StandardCharsets.UTF_8)) {
        lines = out.count();
      }
      String summary = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          .filter(l -> SUMMARY.matcher(l).matches()).collect(Collectors.joining(" "));
      Matcher own = OWN_RATE.matcher(summary);
      System.err.println(summary);
      return String.format(Locale.ROOT, "| %d | %.1f s | %.1f | %s/min | %s, %s |", workers, seconds,
          lines * 60 / seconds, own.find() ? own.group(1) : "?", loadStart, loadAverage());
    }
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }
}
