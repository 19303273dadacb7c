package org.presslens.corpus.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.presslens.corpus.CorpusBuilder;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.CorpusSummary;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corpus bench ({@code presslens bench corpus}): aggregation speed from JSONL on one thread, and its memory.
 * The input reports are replicated (untimed) to the wanted number, each copy with another outlet and date so that
 * the groups fill; then one thread streams the file through a {@link CorpusBuilder} and builds the summary, timed by
 * wall clock and by the thread's CPU time; then it streams the same file a second time into the same builder, which
 * doubles the reports but not the cells, and compares the heap after each pass.
 */
public final class CorpusBenchmark {
  static final String[] OUTLETS = {"Al Jazeera", "Fox News", "The Guardian", "BBC", "Reuters", "Le Monde", "Der Spiegel"};
  private static final LocalDate START = LocalDate.of(2013, 1, 1);

  private CorpusBenchmark() {
  }

  /**
   * The measurement.
   *
   * @param reports       reports aggregated in the timed pass
   * @param bytes         the size of the JSONL file
   * @param wallSeconds   wall-clock time of the pass (read, aggregate, build the summary)
   * @param cpuSeconds    the thread's CPU time for it
   * @param buildSeconds  the part of the wall time spent building the summary (identities, intervals)
   * @param heapAfterOne  heap used after a full GC, the builder holding one pass
   * @param heapAfterTwo  heap used after a full GC, the builder holding two passes (twice the reports, the same cells)
   */
  public record Result(long reports, long bytes, double wallSeconds, double cpuSeconds, double buildSeconds,
                       long heapAfterOne, long heapAfterTwo) {
    public double perMinuteWall() {
      return reports * 60 / wallSeconds;
    }

    public double perMinuteCpu() {
      return reports * 60 / cpuSeconds;
    }
  }

  /** Writes {@code count} reports to {@code out}, cycling through the reports of {@code inputs} (error records skipped). */
  public static long replicate(List<Path> inputs, long count, Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path in : inputs) {
      try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.contains("\"article\"")) {
            lines.add(line);
          }
        }
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("no reports in " + inputs);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long i = 0; i < count; i++) {
        long copy = i / lines.size();
        ObjectNode report = (ObjectNode) PresslensJson.mapper().readTree(lines.get((int) (i % lines.size())));
        ObjectNode article = (ObjectNode) report.get("article");
        JsonNode id = article.get("id");
        article.put("id", (id == null ? "r" : id.asString()) + "-" + copy);
        article.put("outlet", OUTLETS[(int) ((i * 7 + copy) % OUTLETS.length)]);
        article.put("published", START.plusDays((i * 37 + copy * 11) % 1461).toString());
        w.write(PresslensJson.mapper().writeValueAsString(report));
        w.newLine();
      }
    }
    return count;
  }

  /** Streams {@code jsonl} through a builder with {@code options} on this thread, twice; see the class comment. */
  public static Result run(Path jsonl, CorpusOptions options) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CorpusBuilder builder = CorpusSummary.builder(options);
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    builder.addJsonl(jsonl);
    long wall1 = System.nanoTime();
    CorpusSummary summary = builder.build();
    long wall2 = System.nanoTime();
    long cpu2 = threads.getCurrentThreadCpuTime();
    long heapOne = usedAfterGc();
    builder.addJsonl(jsonl);
    CorpusSummary twice = builder.build();
    long heapTwo = usedAfterGc();
    if (twice.inputs().reports() != 2 * summary.inputs().reports()) {
      throw new IllegalStateException("the second pass read another number of reports");
    }
    return new Result(summary.inputs().reports(), Files.size(jsonl), (wall2 - wall0) / 1e9, (cpu2 - cpu0) / 1e9,
        (wall2 - wall1) / 1e9, heapOne, heapTwo);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
