package org.presslens.bench.child;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * One run of the presslens launcher in a child JVM: exit code, time from start to the first byte on standard output
 * (the first report), total wall time and peak resident set size. The peak comes from {@code /usr/bin/time -v}
 * where it exists, otherwise from polling {@code VmHWM} in {@code /proc/<pid>/status}.
 *
 * @param exitCode the launcher's exit code, or -1 when it was killed at the timeout
 * @param firstOutputMs milliseconds from start to the first byte of standard output, or -1 for none
 * @param wallMs milliseconds from start to exit
 * @param peakRssMb peak resident set size in MiB, or -1 when unknown
 * @param stdout standard output (empty when the run wrote to a file)
 * @param stderr standard error, without the lines of /usr/bin/time
 */
record ChildRun(int exitCode, long firstOutputMs, long wallMs, long peakRssMb, String stdout, String stderr) {

  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  /** Exit 0 and no OutOfMemoryError. */
  boolean ok() {
    return exitCode == 0 && !stderr.contains("OutOfMemoryError");
  }

  /**
   * {@link #ok}, and standard output holds {@code inputs} reports (one JSON document for one input, else one a line)
   * without error or failures.
   */
  boolean reported(int inputs) {
    if (!ok()) {
      return false;
    }
    String out = stdout.strip();
    if (out.isEmpty()) {
      return false;
    }
    List<String> docs = inputs == 1 ? List.of(out) : out.lines().filter(l -> !l.isBlank()).toList();
    if (docs.size() != inputs) {
      return false;
    }
    for (String doc : docs) {
      JsonNode node = PresslensJson.mapper().readTree(doc);
      if (node.has("error") || node.path("failures").size() > 0) {
        return false;
      }
    }
    return true;
  }

  /** The last line of standard error, or "" for none. */
  String lastErrorLine() {
    List<String> lines = stderr.strip().lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  /**
   * Runs {@code launcher args...}; {@code javaOpts} becomes {@code PRESSLENS_JAVA_OPTS} (null: the launcher's own
   * default, with any inherited value removed).
   */
  static ChildRun run(Path launcher, List<String> args, String javaOpts, Duration timeout) {
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    List<String> command = new ArrayList<>();
    if (gnuTime) {
      command.add(GNU_TIME.toString());
      command.add("-v");
    }
    command.add(launcher.toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    env.remove("PRESSLENS_JAVA_OPTS");
    if (javaOpts != null) {
      env.put("PRESSLENS_JAVA_OPTS", javaOpts);
    }
    long start = System.nanoTime();
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + launcher, e);
    }
    AtomicLong firstByte = new AtomicLong(-1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread outReader = drain(process.getInputStream(), out, firstByte, start);
    Thread errReader = drain(process.getErrorStream(), err, null, start);
    long peakKb = -1;
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (process.isAlive() && System.nanoTime() < deadline) {
        if (!gnuTime) {
          peakKb = Math.max(peakKb, vmHwmKb(process.pid()));
        }
        process.waitFor(100, TimeUnit.MILLISECONDS);
      }
      if (process.isAlive()) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
      }
      long wallMs = (System.nanoTime() - start) / 1_000_000;
      outReader.join();
      errReader.join();
      int code = process.exitValue();
      boolean killed = System.nanoTime() >= deadline && code != 0;
      String stderr = err.toString(StandardCharsets.UTF_8);
      if (gnuTime) {
        Matcher m = MAX_RSS.matcher(stderr);
        if (m.find()) {
          peakKb = Long.parseLong(m.group(1));
        }
        int cut = stderr.lastIndexOf("\tCommand being timed:");
        if (cut >= 0) {
          stderr = stderr.substring(0, cut);
        }
        // GNU time prints "Command exited with non-zero status N" before its report
        stderr = stderr.replaceAll("(?m)^Command (exited with non-zero status|terminated by signal) .*\\R?", "");
      }
      long first = firstByte.get() < 0 ? -1 : (firstByte.get() - start) / 1_000_000;
      return new ChildRun(killed ? -1 : code, first, wallMs, peakKb < 0 ? -1 : peakKb / 1024,
          out.toString(StandardCharsets.UTF_8), stderr);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream into, AtomicLong firstByte, long start) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[64 * 1024];
      try (in) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (n > 0 && firstByte != null) {
            firstByte.compareAndSet(-1, System.nanoTime());
          }
          synchronized (into) {
            into.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "bench-child-drain");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static long vmHwmKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // exited, or not Linux
    }
    return -1;
  }
}
