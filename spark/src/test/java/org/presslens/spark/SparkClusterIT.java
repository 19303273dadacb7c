package org.presslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.presslens.spark.JobInputs.withoutTimings;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.cli.Main;
import org.presslens.json.PresslensJson;
import org.presslens.spark.cluster.SparkDistribution;
import org.presslens.spark.cluster.StandaloneCluster;

/**
 * The job jar ({@code target/presslens-spark-VERSION-job.jar}) on a real Spark standalone cluster on the loopback
 * interface: a master and two workers of one core each, every one a JVM of its own, and every executor a JVM of its
 * own, on a class path made of Spark's jars only (Guava 14, jackson-annotations 2.15, ...), submitted through
 * {@code SparkSubmit} as {@code spark-submit} does, without {@code userClassPathFirst}. The CoreNLP model jars are
 * "installed on the nodes" ({@code spark.executor.extraClassPath}).
 *
 * <p>One application, and while it runs, once the first analysis task has finished, one executor JVM is killed
 * ({@code SIGKILL}): Spark re-runs its tasks (and the shuffle output it held) on the other executor and on the
 * replacement the worker starts. The output must still be one line per input, each exactly once and identical
 * (timings aside) to {@code presslens analyze} over the same inputs, bad ones included; and every executor JVM must
 * have loaded the models at most once, whatever the number of tasks it ran.
 */
class SparkClusterIT {

  private static final List<String> BBC = List.of("business/011.txt", "entertainment/021.txt", "politics/031.txt",
      "sport/041.txt", "tech/051.txt", "business/061.txt", "entertainment/071.txt", "politics/081.txt");
  private static final int LINES = BBC.size() + 3;
  private static final long JOB_TIMEOUT_S = 900;
  private static final Pattern FINISHED = Pattern.compile(
      "Finished task \\S+ in stage (\\S+) .*\\(executor (\\S+)\\) \\((\\d+)/(\\d+)\\)");
  private static final Pattern LOST = Pattern.compile("Lost task .*ExecutorLostFailure \\(executor (\\S+) exited");
  private static final Pattern SUMMARY = Pattern.compile(
      "presslens-spark: (\\d+) inputs: (\\d+) ok, (\\d+) failed .* per executor \\{([^}]*)\\}");
  private static final String MODELS_LOADED = "presslens: pipeline ";

  @TempDir
  static Path tmp;

  private static StandaloneCluster cluster;
  private static List<String> inputs;

  @BeforeAll
  static void startCluster() throws IOException, InterruptedException {
    inputs = JobInputs.withBadInputs(tmp, BBC);
    SparkDistribution dist = SparkDistribution.create(Path.of(property("presslens.spark.dist")),
        tmp.resolve("spark-home"), List.of(property("presslens.spark.jvmOptions").trim().split("\\s+")));
    cluster = StandaloneCluster.start(dist, Files.createDirectories(tmp.resolve("cluster")), 2, 1, "2g");
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void survivesALostExecutorWithEveryInputExactlyOnceAndTheCliLines() throws Exception {
    Path out = tmp.resolve("out");
    Path driverLog = tmp.resolve("cluster").resolve("driver.log");
    Process driver = cluster.submit(driverLog, submitArgs(out));
    // the CLI's lines for the same inputs, in this JVM while the cluster works
    CompletableFuture<List<String>> cliLines = CompletableFuture.supplyAsync(SparkClusterIT::cliLines);

    // wait for the first analysis task to finish, then kill the executor JVM that ran it (now on its next task)
    String victim = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JOB_TIMEOUT_S);
    while (victim == null && driver.isAlive() && System.nanoTime() < deadline) {
      victim = firstAnalysisTaskExecutor(read(driverLog));
      if (victim == null) {
        Thread.sleep(100);
      }
    }
    assertThat(victim).as("first analysis task; logs:%n%s", cluster.logs()).isNotNull();
    Map<String, ProcessHandle> executors = cluster.executors();
    assertThat(executors).as("executor JVMs").containsKey(victim).hasSize(2);
    ProcessHandle killed = executors.get(victim);
    assertThat(killed.destroyForcibly()).isTrue();
    killed.onExit().get(30, TimeUnit.SECONDS);

    boolean done = driver.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    String log = read(driverLog);
    assertThat(done).as("job finished within %d s; logs:%n%s", JOB_TIMEOUT_S, cluster.logs()).isTrue();
    assertThat(driver.exitValue()).as("spark-submit exit code; logs:%n%s", cluster.logs()).isZero();

    // the kill hit a running task, and Spark ran it again elsewhere
    Matcher lost = LOST.matcher(log);
    assertThat(lost.find()).as("a task lost with executor %s:%n%s", victim, log).isTrue();
    assertThat(lost.group(1)).isEqualTo(victim);

    // every input exactly once, in input order, each line the CLI's
    List<String> job = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);
    List<String> cli = cliLines.get(JOB_TIMEOUT_S, TimeUnit.SECONDS);
    assertThat(cli).hasSize(LINES);
    assertThat(job).hasSize(LINES);
    assertThat(job.stream().map(SparkClusterIT::input).collect(Collectors.toSet())).hasSize(LINES);
    for (int i = 0; i < LINES; i++) {
      assertThat(withoutTimings(job.get(i))).as("line %d", i + 1).isEqualTo(withoutTimings(cli.get(i)));
    }
    Matcher summary = SUMMARY.matcher(log);
    assertThat(summary.find()).as("summary line in:%n%s", log).isTrue();
    assertThat(summary.group(1)).isEqualTo(String.valueOf(LINES));

    // models: at most one load per executor JVM, exactly one in each that analyzed something, and one executor
    // analyzed several partitions on that one load
    Map<String, Integer> tasks = analysisTasksPerExecutor(log);
    Map<String, Integer> loads = modelLoadsPerExecutor();
    System.out.printf("SparkClusterIT: killed executor %s (pid %d) after the first analysis task; analysis tasks per "
        + "executor %s; model loads per executor JVM %s; %s%n", victim, killed.pid(), tasks, loads, summary.group());
    assertThat(loads).as("model loads per executor JVM (tasks per executor: %s)", tasks)
        .containsKey(victim).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    assertThat(loads.keySet()).containsAll(tasks.keySet());
    assertThat(tasks.values()).anySatisfy(n -> assertThat(n).isGreaterThan(1));
    assertThat(summary.group(4)).doesNotContain("=2", "=3");
  }

  private static List<String> submitArgs(Path out) {
    List<String> args = new ArrayList<>(List.of("--class", PresslensSparkJob.class.getName(),
        "--executor-memory", "2g", "--executor-cores", "1", "--total-executor-cores", "2",
        "--conf", "spark.executor.extraClassPath=" + String.join(File.pathSeparator, modelJars()),
        property("presslens.spark.jobJar"),
        "--out", out.toString(), "--single-file", "--partitions", String.valueOf(LINES),
        "-O", "entities.sentimentModel=linear", "-O", "entities.nameTagger=none"));
    args.addAll(inputs);
    return args;
  }

  /**
   * What {@code presslens analyze} writes for the same inputs (in this JVM). Both runs name the targeted sentiment
   * model and the name tagger: the executors' class path holds the model jars but not
   * {@code presslens-encoder-models}, so their {@code auto} would be {@code linear} and {@code none}, while this JVM
   * (with the cli) would choose {@code encoder} for both.
   */
  private static List<String> cliLines() {
    Path cliOut = tmp.resolve("cli.jsonl");
    List<String> args = new ArrayList<>(List.of("analyze", "--format", "jsonl", "--threads", "1",
        "-O", "entities.sentimentModel=linear", "-O", "entities.nameTagger=none", "--out", cliOut.toString()));
    args.addAll(inputs);
    assertThat(Main.run(args.toArray(String[]::new))).isEqualTo(Main.SOME_FAILED);
    try {
      return Files.readAllLines(cliOut, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The executor that ran the first finished task of the analysis stage (LINES tasks), or null if none yet. */
  private static String firstAnalysisTaskExecutor(String log) {
    Matcher m = FINISHED.matcher(log);
    while (m.find()) {
      if (Integer.parseInt(m.group(4)) == LINES) {
        return m.group(2);
      }
    }
    return null;
  }

  /**
   * Successful analysis tasks per executor id, from the driver's log: the tasks of the stage with LINES tasks, and of
   * its later attempts (stage {@code N.1}, ... : the re-run of what a lost executor held).
   */
  private static Map<String, Integer> analysisTasksPerExecutor(String log) {
    String stage = null;
    Matcher first = FINISHED.matcher(log);
    while (stage == null && first.find()) {
      if (Integer.parseInt(first.group(4)) == LINES) {
        stage = first.group(1).substring(0, first.group(1).indexOf('.') + 1);
      }
    }
    Map<String, Integer> tasks = new TreeMap<>();
    Matcher m = FINISHED.matcher(log);
    while (stage != null && m.find()) {
      if (m.group(1).startsWith(stage)) {
        tasks.merge(m.group(2), 1, Integer::sum);
      }
    }
    return tasks;
  }

  /** Model loads ("pipeline ... ready") in each executor JVM's own log, by executor id. */
  private static Map<String, Integer> modelLoadsPerExecutor() throws IOException {
    Map<String, Integer> loads = new HashMap<>();
    for (int w = 1; w <= 2; w++) {
      try (Stream<Path> files = Files.walk(cluster.workDir(w))) {
        for (Path stderr : files.filter(p -> p.endsWith("stderr")).toList()) {
          String executorId = stderr.getParent().getFileName().toString();
          int n = (int) read(stderr).lines().filter(l -> l.contains(MODELS_LOADED) && l.contains(" ready in "))
              .count();
          if (n > 0) {
            loads.merge(executorId, n, Integer::sum);
          }
        }
      }
    }
    return loads;
  }

  /** The input a line is for: an error record's {@code input}, a report's {@code article.source}. */
  private static String input(String line) {
    tools.jackson.databind.JsonNode node = PresslensJson.mapper().readTree(line);
    return node.has("input") ? node.get("input").asString() : node.get("article").get("source").asString();
  }

  private static Set<String> modelJars() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> p.contains("stanford-corenlp") && p.contains("-models")).collect(Collectors.toSet());
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by the failsafe configuration)", name).isNotBlank();
    return value;
  }
}
