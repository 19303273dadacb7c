package org.presslens.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (me.tongfei:progressbar): percent, articles done / total, elapsed / ETA and
 * articles per minute, redrawn in place. Message lines are printed above it.
 */
final class BarProgress implements Progress {
  private final PrintStream stream = System.err;
  private final PrintWriter err;
  private final ProgressBar bar;
  private int failed;

  BarProgress(int total, PrintWriter err) {
    this.err = err;
    boolean unicode = "UTF-8".equalsIgnoreCase(System.getProperty("sun.stderr.encoding",
        Charset.defaultCharset().name()));
    this.bar = new ProgressBarBuilder()
        .setTaskName("analyze")
        .setInitialMax(total)
        .setStyle(unicode ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(stream))
        .setUnit(" articles", 1)
        .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setSpeedUnit(ChronoUnit.MINUTES)
        .setUpdateIntervalMillis(500)
        .continuousUpdate()
        .build();
  }

  @Override
  public synchronized void step(boolean ok) {
    if (!ok) {
      failed++;
      bar.setExtraMessage(" · " + failed + " failed");
    }
    bar.step();
  }

  @Override
  public void message(String line) {
    synchronized (bar) {
      err.flush();
      stream.print("\r\033[K");
      stream.flush();
      err.println(line);
      err.flush();
      bar.refresh();
    }
  }

  @Override
  public void close() {
    bar.close();
    stream.flush();
  }
}
