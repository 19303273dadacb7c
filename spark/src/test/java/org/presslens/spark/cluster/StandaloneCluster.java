package org.presslens.spark.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on the loopback interface, every part in a JVM of its own: a {@code Master}, and
 * {@code Worker}s that start one executor JVM each per application, as {@code sbin/start-master.sh} and
 * {@code sbin/start-worker.sh} would. Its {@code SPARK_HOME} is made under a temporary directory from the Spark jars
 * of this build ({@link SparkDistribution}). {@link #close()} stops everything it started, executors included, and a
 * shutdown hook does the same if the test JVM exits first: no JVM outlives the test.
 */
public final class StandaloneCluster implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

  private final SparkDistribution dist;
  private final Path dir;
  private final int masterPort;
  private final int masterUiPort;
  private final List<Process> daemons = new ArrayList<>();
  private final List<Process> drivers = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "stop-standalone-cluster");

  private StandaloneCluster(SparkDistribution dist, Path dir) throws IOException {
    this.dist = dist;
    this.dir = dir;
    this.masterPort = freePort();
    this.masterUiPort = freePort();
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts a master and {@code workers} workers of {@code coresPerWorker} cores and {@code workerMemory} (e.g.
   * {@code 2g}) each, and waits until every worker has registered.
   */
  public static StandaloneCluster start(SparkDistribution dist, Path dir, int workers, int coresPerWorker,
                                        String workerMemory) throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(dist, dir);
    try {
      cluster.daemons.add(cluster.launch("master", "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", String.valueOf(cluster.masterPort),
          "--webui-port", String.valueOf(cluster.masterUiPort)));
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        cluster.daemons.add(cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--webui-port", "0", "--cores", String.valueOf(coresPerWorker),
            "--memory", workerMemory, "--work-dir", work.toString(), cluster.masterUrl()));
      }
      cluster.awaitWorkers(workers);
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** The work directory of worker {@code i} (1-based): one directory per application, one per executor in it. */
  public Path workDir(int i) {
    return dir.resolve("worker-" + i);
  }

  /**
   * Starts {@code spark-submit} as the script does ({@code org.apache.spark.deploy.SparkSubmit} in a JVM of its own,
   * on the distribution's class path only), client deploy mode, against this cluster; its output goes to
   * {@code log}.
   */
  public Process submit(Path log, List<String> submitArgs) throws IOException {
    List<String> args = new ArrayList<>(List.of("--master", masterUrl(), "--deploy-mode", "client",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.ui.enabled=false"));
    args.addAll(submitArgs);
    List<String> command = dist.javaCommand("-Xmx1g", "org.apache.spark.deploy.SparkSubmit", args);
    Process p = processBuilder(command, log).start();
    synchronized (drivers) {
      drivers.add(p);
    }
    return p;
  }

  /** The executor JVMs running now: the workers' child processes, keyed by Spark executor id. */
  public Map<String, ProcessHandle> executors() {
    java.util.TreeMap<String, ProcessHandle> executors = new java.util.TreeMap<>();
    for (Process worker : daemons.subList(1, daemons.size())) {
      worker.toHandle().children().filter(ProcessHandle::isAlive).forEach(child -> executorId(child)
          .ifPresent(id -> executors.put(id, child)));
    }
    return executors;
  }

  private static Optional<String> executorId(ProcessHandle process) {
    List<String> args = arguments(process);
    int i = args.indexOf("--executor-id");
    return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
  }

  /** The command line: from /proc where there is one (ProcessHandle.Info cuts long ones short on Linux). */
  private static List<String> arguments(ProcessHandle process) {
    Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
    try {
      if (Files.isReadable(cmdline)) {
        return Arrays.asList(Files.readString(cmdline, StandardCharsets.UTF_8).split("\0"));
      }
    } catch (IOException e) {
      // the process has just exited
    }
    return Arrays.asList(process.info().arguments().orElse(new String[0]));
  }

  private Process launch(String name, String mainClass, String... args) throws IOException {
    List<String> command = dist.javaCommand("-Xmx512m", mainClass, List.of(args));
    return processBuilder(command, dir.resolve(name + ".log")).start();
  }

  private ProcessBuilder processBuilder(List<String> command, Path log) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    dist.environment(pb.environment());
    return pb;
  }

  private void awaitWorkers(int expected) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    int alive = 0;
    while (System.nanoTime() < deadline) {
      for (Process daemon : daemons) {
        if (!daemon.isAlive()) {
          throw new IllegalStateException("a cluster JVM exited with " + daemon.exitValue() + "; logs:\n" + logs());
        }
      }
      try {
        String json = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Matcher m = ALIVE_WORKERS.matcher(json);
        alive = m.find() ? Integer.parseInt(m.group(1)) : 0;
        if (alive >= expected) {
          return;
        }
      } catch (IOException e) {
        // the master's web UI is not up yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(alive + " of " + expected + " workers registered within " + START_TIMEOUT
        + "; logs:\n" + logs());
  }

  /** Every log this cluster and its drivers and executors wrote, for a failure message. */
  public String logs() {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".log") || p.endsWith("stderr")).sorted().toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        all.append("==> ").append(f).append('\n');
        lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(l -> all.append(l).append('\n'));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all.toString();
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs anyway
    }
  }

  /** Drivers first, then executors (the workers' children), workers and master; forcibly after a grace period. */
  private void stopAll() {
    List<ProcessHandle> all = new ArrayList<>();
    synchronized (drivers) {
      drivers.forEach(p -> all.add(p.toHandle()));
    }
    for (Process daemon : daemons) {
      daemon.toHandle().descendants().forEach(all::add);
    }
    for (int i = daemons.size() - 1; i >= 0; i--) {
      all.add(daemons.get(i).toHandle());
    }
    all.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
    for (ProcessHandle p : all) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("process " + p.pid() + " did not stop", e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
