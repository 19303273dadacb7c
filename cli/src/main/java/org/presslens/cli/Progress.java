package org.presslens.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Reports the progress of a batch on standard error: a progress bar when standard error is a terminal, plain
 * periodic lines otherwise, nothing for a single input. Messages (an input that failed) go through it so that they
 * do not garble the bar. Called from one thread (the batch runner's sink); implementations with a timer are
 * thread-safe.
 */
interface Progress extends AutoCloseable {

  /** One more input is done. */
  void step(boolean ok);

  /** Prints a message line (e.g. an input that failed) without garbling the progress display. */
  void message(String line);

  @Override
  void close();

  /** How progress is shown: {@code auto} picks {@code bar} on a terminal, {@code lines} otherwise. */
  enum Mode {
    AUTO, BAR, LINES, NONE;

    static Mode parse(String s) {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown --progress '" + s + "'; use auto, bar, lines or none");
      }
    }
  }

  /**
   * The progress display for {@code total} inputs.
   *
   * @param toStdout whether reports go to standard output (then {@code auto} shows no bar when standard output is
   *                 the same terminal, as the bar would be mixed into the reports)
   */
  static Progress create(Mode mode, int total, PrintWriter err, boolean toStdout) {
    Mode chosen = mode;
    if (mode == Mode.AUTO) {
      boolean terminal = Terminals.stderrIsTerminal() && !(toStdout && Terminals.stdoutIsTerminal());
      chosen = terminal ? Mode.BAR : Mode.LINES;
    }
    return switch (chosen) {
      case BAR -> new BarProgress(total, err);
      case LINES -> new LineProgress(total, err, Duration.ofSeconds(10), 10);
      default -> new Silent(err);
    };
  }

  /** No progress display; messages still go to standard error. */
  final class Silent implements Progress {
    private final PrintWriter err;

    Silent(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void step(boolean ok) {
    }

    @Override
    public void message(String line) {
      err.println(line);
      err.flush();
    }

    @Override
    public void close() {
    }
  }

  /** {@code 1h 02m}, {@code 6m 55s}, {@code 42s}. */
  static String duration(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
    return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
  }
}
