package org.presslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.GroupBy;
import org.presslens.corpus.bench.CorpusBenchmark;
import org.presslens.json.PresslensJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presslens bench corpus REPORTS.jsonl...}: how fast {@code presslens corpus} aggregates JSONL reports on one
 * thread, and whether its memory stays bounded. Wiring only: the measurement is {@link CorpusBenchmark}.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Time the corpus aggregation from JSONL on one thread (wall and CPU) and its heap.",
        "The reports are replicated (untimed) to --reports, each copy with another outlet and date.",
        "Prints a table and, last, one JSON line."})
final class BenchCorpusCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "REPORTS", description = "JSONL reports written by analyze")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--reports", defaultValue = "50000", paramLabel = "N",
      description = "reports to aggregate (default: ${DEFAULT-VALUE})")
  long reports;

  @Option(names = "--by", split = ",", defaultValue = "outlet,month", paramLabel = "GROUPING",
      description = "groupings (default: ${DEFAULT-VALUE})")
  List<String> by = new ArrayList<>();

  @Option(names = "--keep", paramLabel = "FILE", description = "write the replicated reports to FILE and keep it")
  Path keep;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path file = keep != null ? keep : Files.createTempFile("presslens-bench-corpus", ".jsonl");
    try {
      long t0 = System.nanoTime();
      CorpusBenchmark.replicate(inputs, reports, file);
      out.printf(Locale.ROOT, "replicated %d reports into %s (%.0f MB) in %.1f s (not timed)%n", reports, file,
          Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
      out.flush();
      CorpusOptions options = CorpusOptions.DEFAULTS.by(by.stream().map(GroupBy::parse).toArray(GroupBy[]::new));
      CorpusBenchmark.Result r = CorpusBenchmark.run(file, options);
      out.printf(Locale.ROOT, "%-28s %12s%n", "reports", r.reports());
      out.printf(Locale.ROOT, "%-28s %12.1f%n", "wall s (build summary)", r.wallSeconds());
      out.printf(Locale.ROOT, "%-28s %12.1f%n", "  of which build s", r.buildSeconds());
      out.printf(Locale.ROOT, "%-28s %12.1f%n", "thread CPU s", r.cpuSeconds());
      out.printf(Locale.ROOT, "%-28s %12.0f%n", "reports/min (wall)", r.perMinuteWall());
      out.printf(Locale.ROOT, "%-28s %12.0f%n", "reports/min (CPU)", r.perMinuteCpu());
      out.printf(Locale.ROOT, "%-28s %12.1f%n", "heap MB, 1 pass", r.heapAfterOne() / 1e6);
      out.printf(Locale.ROOT, "%-28s %12.1f%n", "heap MB, 2 passes", r.heapAfterTwo() / 1e6);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("bench", "corpus");
      json.put("by", by);
      json.put("result", r);
      json.put("reportsPerMinuteWall", Math.round(r.perMinuteWall()));
      json.put("reportsPerMinuteCpu", Math.round(r.perMinuteCpu()));
      json.put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      out.println(PresslensJson.mapper().writeValueAsString(json));
      out.flush();
    } finally {
      if (keep == null) {
        Files.deleteIfExists(file);
      }
    }
    return Main.OK;
  }
}
