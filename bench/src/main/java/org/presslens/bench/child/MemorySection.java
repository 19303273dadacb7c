package org.presslens.bench.child;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.bench.Machine;
import org.presslens.bench.SectionContext;
import org.presslens.bench.Table;

/**
 * The {@code memory} section: for each of {@link ChildConfigs#RUNS}, the peak RSS of a small batch on 2 threads at the
 * launcher's default -Xmx, and the smallest -Xmx that still analyzes it (bisection over child JVMs); from the largest
 * of those, a recommended default -Xmx.
 *
 * @param context the run's settings, table and log
 * @param launcher the launcher of the child JVMs
 */
public record MemorySection(SectionContext context, Launcher launcher) {
  static final int XMX_HIGH_MB = 3072;
  static final int XMX_LOW_MB = 128;
  static final int XMX_STEP_MB = 64;
  private static final List<String> TWO_THREADS = List.of("--threads", "2");

  /**
   * What the section found.
   *
   * @param json the section's part of the JSON line
   * @param recommendedXmxMb the recommended default -Xmx in MiB; null when no configuration worked
   */
  public record Result(Map<String, Object> json, Integer recommendedXmxMb) {
  }

  /** One child run at a heap size of the bisection, and whether it analyzed the batch. */
  private record Attempt(ChildRun run, boolean works) {
  }

  /** Measures, adds the rows to the table and returns the section's JSON and recommendation. */
  public Result run() {
    List<Path> batch = context.settings().memoryBatch();
    Table table = context.table();
    table.section("memory: " + batch.size() + " articles on 2 threads per child JVM; smallest -Xmx by bisection"
        + " (" + XMX_STEP_MB + " MB steps, " + XMX_LOW_MB + ".." + XMX_HIGH_MB + " MB); load " + Machine.load1());
    table.row("  %-22s %22s %18s %22s", "run", "peak RSS MB (default)", "smallest -Xmx MB", "peak RSS MB (smallest)");
    Map<String, Object> rows = new LinkedHashMap<>();
    int worst = 0;
    for (Map.Entry<String, List<String>> c : ChildConfigs.RUNS.entrySet()) {
      List<String> args = new ArrayList<>(c.getValue());
      args.addAll(TWO_THREADS);
      context.progress("memory: %s at the launcher default (load %.1f)%n", c.getKey(), Machine.load1());
      ChildRun atDefault = launcher.analyze(args, batch, null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("peakRssMbDefault", atDefault.peakRssMb());
      rows.put(c.getKey(), row);
      if (!atDefault.reported(batch.size())) {
        row.put("error", "fails at the launcher default: exit " + atDefault.exitCode());
        table.row("  %-22s FAILED at the launcher default (exit %d)", c.getKey(), atDefault.exitCode());
        continue;
      }
      HeapBisection.Found<Attempt> found = smallestXmx(args, batch, new Attempt(atDefault, true));
      worst = Math.max(worst, found.mb());
      row.put("smallestXmxMb", found.mb());
      row.put("peakRssMbSmallest", found.at().run().peakRssMb());
      table.row("  %-22s %22d %18d %22d", c.getKey(), atDefault.peakRssMb(), found.mb(), found.at().run().peakRssMb());
    }
    int recommended = recommendXmx(worst);
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("runs", rows);
    part.put("recommendedXmxMb", recommended);
    table.row("  recommended launcher default: -Xmx%dm (1.5 x the largest smallest -Xmx, rounded up to 512 MB)",
        recommended);
    return new Result(part, worst == 0 ? null : recommended);
  }

  /** The smallest -Xmx: {@value #XMX_LOW_MB} MB if that works, else by bisection up to the launcher's default. */
  private HeapBisection.Found<Attempt> smallestXmx(List<String> args, List<Path> batch, Attempt atDefault) {
    ChildRun atLow = launcher.analyze(args, batch, xmx(XMX_LOW_MB));
    if (atLow.reported(batch.size())) {
      return new HeapBisection.Found<>(XMX_LOW_MB, new Attempt(atLow, true));
    }
    return new HeapBisection(XMX_STEP_MB).smallest(XMX_LOW_MB, XMX_HIGH_MB, atDefault, mb -> {
      context.progress("  -Xmx%dm ... ", mb);
      ChildRun run = launcher.analyze(args, batch, xmx(mb));
      boolean works = run.reported(batch.size());
      context.progress("%s (%.0f s)%n", works ? "ok" : "fails", run.wallMs() / 1e3);
      return new Attempt(run, works);
    }, Attempt::works);
  }

  /**
   * The child's JVM options for a heap of {@code mb}: the pipeline's heap check (which refuses a heap under the
   * engine's figures, measured here) is off, so that the bisection finds what really works.
   */
  static String xmx(int mb) {
    return "-Xmx" + mb + "m -Dpresslens.heapCheck=false";
  }

  /** 1.5 times {@code smallestMb}, rounded up to a multiple of 512 MiB. */
  static int recommendXmx(int smallestMb) {
    int withMargin = (int) Math.ceil(smallestMb * 1.5);
    return (withMargin + 511) / 512 * 512;
  }
}
