package org.presslens.bench.inprocess;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.presslens.bench.Machine;
import org.presslens.bench.SectionContext;
import org.presslens.bench.Stats;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;

/**
 * The {@code threads} section: articles per minute over a batch with 1 and 2 threads sharing one pipeline, after an
 * untimed pass on 2 threads, run 1-2-2-1; with the CPU time the process got, since other jobs share the cores.
 *
 * @param context the run's settings, table and log
 * @param pipelines the pipelines, the full one shared with the other in-process sections
 */
public record ThreadsSection(SectionContext context, InProcessPipelines pipelines) {
  private static final int[] ORDER = {1, 2, 2, 1};

  /** Measures, adds the rows to the table and returns the section's JSON. */
  public Map<String, Object> run() {
    Pipeline full = pipelines.full();
    List<Article> batch = context.settings().batch();
    // one untimed pass over the batch on 2 threads: models loaded, and the JIT compilers done, so that their threads
    // do not take CPU from the timed runs
    context.progress("  warm-up pass over the batch (load %.1f)%n", Machine.load1());
    runBatch(full, batch, 2);
    Map<Integer, List<Double>> perMinute = new LinkedHashMap<>();
    Map<Integer, List<Double>> coresUsed = new LinkedHashMap<>();
    Map<Integer, List<Double>> cpuMsPerArticle = new LinkedHashMap<>();
    for (int threads : ORDER) {
      double load = Machine.load1();
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      runBatch(full, batch, threads);
      long wall = System.nanoTime() - t0;
      long cpu = processCpuNanos() - cpu0;
      double apm = batch.size() * 60e9 / wall;
      perMinute.computeIfAbsent(threads, k -> new ArrayList<>()).add(apm);
      coresUsed.computeIfAbsent(threads, k -> new ArrayList<>()).add(cpu / (double) wall);
      cpuMsPerArticle.computeIfAbsent(threads, k -> new ArrayList<>()).add(cpu / 1e6 / batch.size());
      context.progress("  %d thread(s): %.1f articles/min, %.2f cores busy (load %.1f)%n", threads, apm,
          cpu / (double) wall, load);
    }
    double one = Stats.median(perMinute.get(1));
    double two = Stats.median(perMinute.get(2));
    context.table().section(String.format(Locale.ROOT, "threads: %d articles, one shared pipeline, runs 1-2-2-1;"
        + " load %.1f", batch.size(), Machine.load1()));
    context.table().row("  1 thread %.1f articles/min (%.2f cores busy), 2 threads %.1f articles/min"
            + " (%.2f cores busy): %.2fx (target >= 1.8x)", one, Stats.median(coresUsed.get(1)), two,
        Stats.median(coresUsed.get(2)), two / one);
    context.table().row("  CPU time of the process per article: 1 thread %.0f ms, 2 threads %.0f ms",
        Stats.median(cpuMsPerArticle.get(1)), Stats.median(cpuMsPerArticle.get(2)));
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("batch", batch.size());
    part.put("articlesPerMinute1", Stats.round(one, 1));
    part.put("articlesPerMinute2", Stats.round(two, 1));
    part.put("speedup", Stats.round(two / one, 3));
    part.put("coresBusy1", Stats.round(Stats.median(coresUsed.get(1)), 2));
    part.put("coresBusy2", Stats.round(Stats.median(coresUsed.get(2)), 2));
    part.put("cpuMsPerArticle1", Stats.round(Stats.median(cpuMsPerArticle.get(1)), 1));
    part.put("cpuMsPerArticle2", Stats.round(Stats.median(cpuMsPerArticle.get(2)), 1));
    return part;
  }

  /** Analyzes {@code batch} on {@code threads} threads taking the next article in turn. */
  private static void runBatch(Pipeline pipeline, List<Article> batch, int threads) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < batch.size()) {
            pipeline.analyze(batch.get(i));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch thread failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
