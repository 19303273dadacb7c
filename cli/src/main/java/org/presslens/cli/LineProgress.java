package org.presslens.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress as plain lines on standard error, for logs and pipes: one line each time another {@code stepPercent}
 * percent of the inputs is done, and at least one every {@code interval} while the batch runs (also while the first
 * article waits for the models to load), e.g. {@code presslens: 120/417 done (28%), 2 failed, 41.3 articles/min,
 * elapsed 2m 55s, ETA 7m 12s}.
 */
final class LineProgress implements Progress {
  private final int total;
  private final PrintWriter err;
  private final long intervalNanos;
  private final int stepPercent;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private int done;
  private int failed;
  private int lastPercentStep;
  private long lastLine = start;

  LineProgress(int total, PrintWriter err, Duration interval, int stepPercent) {
    this.total = total;
    this.err = err;
    this.intervalNanos = interval.toNanos();
    this.stepPercent = Math.max(1, stepPercent);
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "presslens-progress");
      t.setDaemon(true);
      return t;
    });
    long tick = Math.max(1, interval.toMillis() / 4);
    timer.scheduleAtFixedRate(this::tick, tick, tick, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void step(boolean ok) {
    done++;
    if (!ok) {
      failed++;
    }
    int percentStep = total == 0 ? 0 : done * 100 / total / stepPercent;
    if (percentStep > lastPercentStep && done < total) {
      lastPercentStep = percentStep;
      print();
    }
  }

  private synchronized void tick() {
    if (done < total && System.nanoTime() - lastLine >= intervalNanos) {
      print();
    }
  }

  @Override
  public synchronized void message(String line) {
    err.println(line);
    err.flush();
  }

  private void print() {
    err.println("presslens: " + status());
    err.flush();
    lastLine = System.nanoTime();
  }

  String status() {
    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d/%d done (%d%%)", done, total,
        total == 0 ? 100 : done * 100 / total));
    if (failed > 0) {
      s.append(", ").append(failed).append(" failed");
    }
    if (done > 0 && seconds > 0) {
      double perMinute = done * 60 / seconds;
      s.append(String.format(Locale.ROOT, ", %.1f articles/min", perMinute));
      s.append(", elapsed ").append(Progress.duration(Duration.ofSeconds((long) seconds)));
      s.append(", ETA ").append(Progress.duration(Duration.ofSeconds((long) ((total - done) * 60 / perMinute))));
    } else {
      s.append(", elapsed ").append(Progress.duration(Duration.ofSeconds((long) seconds)))
          .append(done == 0 ? " (loading models on the first article)" : "");
    }
    return s.toString();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
