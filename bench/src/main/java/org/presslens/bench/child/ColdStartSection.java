package org.presslens.bench.child;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.bench.Machine;
import org.presslens.bench.SectionContext;
import org.presslens.bench.Stats;

/**
 * The {@code cold} section: launcher start to the first report for each of {@link ChildConfigs#RUNS}, one article,
 * each in a fresh JVM at the launcher's default options; the median of {@value #ROUNDS} runs after one untimed run
 * (model jars in the page cache), with the CoreNLP annotator sets each run loaded.
 *
 * @param context the run's settings, table and log
 * @param launcher the launcher of the child JVMs
 */
public record ColdStartSection(SectionContext context, Launcher launcher) {
  static final int ROUNDS = 3;

  private static final Pattern LOADED = Pattern.compile("CoreNLP pipeline \\[([a-z,]+)\\] ready");
  /** Lets the engine's "CoreNLP pipeline [...] ready" line through the CLI's warn-level logging. */
  private static final String LOG_LOADED_SETS =
      "-Dorg.slf4j.simpleLogger.log.org.presslens.corenlp.CoreNlpEngine=info";

  /** Measures, adds the rows to the table and returns the section's JSON. */
  public Map<String, Object> run() {
    Path article = context.settings().childArticle();
    String opts = launcher.defaultOpts() + " " + LOG_LOADED_SETS;
    context.table().section("cold start: launcher start to first report, one article (" + article.getFileName()
        + "), launcher default " + launcher.defaultOpts() + ", median of " + ROUNDS
        + " runs each after one untimed run (model jars in the page cache); load " + Machine.load1());
    context.table().row("  %-22s %14s %10s %12s  %s", "run", "first report s", "total s", "peak RSS MB",
        "CoreNLP annotator sets loaded");
    context.progress("cold start: one untimed run to fill the page cache (load %.1f)%n", Machine.load1());
    launcher.analyze(ChildConfigs.RUNS.get("all"), List.of(article), opts);
    Map<String, List<ChildRun>> runs = new LinkedHashMap<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Map.Entry<String, List<String>> c : ChildConfigs.RUNS.entrySet()) {
        context.progress("cold start: %s (load %.1f)%n", c.getKey(), Machine.load1());
        runs.computeIfAbsent(c.getKey(), k -> new ArrayList<>())
            .add(launcher.analyze(c.getValue(), List.of(article), opts));
      }
    }
    Map<String, Object> rows = new LinkedHashMap<>();
    runs.forEach((name, list) -> rows.put(name, row(name, list)));
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("runs", rows);
    return part;
  }

  /** The JSON row of one configuration's runs, after adding its table line. */
  private Map<String, Object> row(String name, List<ChildRun> list) {
    double first = median(list, ChildRun::firstOutputMs);
    double total = median(list, ChildRun::wallMs);
    double rss = median(list, ChildRun::peakRssMb);
    boolean ok = list.stream().allMatch(ChildRun::ok);
    List<String> loaded = loadedSets(list.get(0).stderr());
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("ok", ok);
    row.put("firstReportMs", Math.round(first));
    row.put("totalMs", Math.round(total));
    row.put("peakRssMb", Math.round(rss));
    row.put("firstReportMsRuns", list.stream().map(ChildRun::firstOutputMs).toList());
    row.put("loaded", loaded);
    context.table().row("  %-22s %14.1f %10.1f %12.0f  %s%s", name, first / 1e3, total / 1e3, rss,
        loaded.isEmpty() ? "none" : String.join(" | ", loaded), ok ? "" : "  FAILED");
    return row;
  }

  private static double median(List<ChildRun> runs, ToLongFunction<ChildRun> value) {
    return Stats.median(runs.stream().map(r -> (double) value.applyAsLong(r)).toList());
  }

  /** The annotator sets of the engine's "CoreNLP pipeline [...] ready" lines in {@code stderr}, in order. */
  static List<String> loadedSets(String stderr) {
    List<String> sets = new ArrayList<>();
    Matcher m = LOADED.matcher(stderr);
    while (m.find()) {
      sets.add(m.group(1));
    }
    return sets;
  }
}
