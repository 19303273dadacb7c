package org.presslens.bench;

import java.io.PrintWriter;
import org.presslens.bench.PipelineBenchmark.Settings;

/**
 * What every section works with: the settings of the run, the table the sections append their rows to, in the
 * order they run, and the progress log.
 *
 * @param settings what to measure
 * @param table the printed table, shared by the sections
 * @param log progress lines, flushed as they are written
 */
public record SectionContext(Settings settings, Table table, PrintWriter log) {

  /** Writes one progress line. */
  public void note(String line) {
    log.println(line);
    log.flush();
  }

  /** Writes progress ({@link PrintWriter#printf} with the default locale, as the log always did). */
  public void progress(String format, Object... args) {
    log.printf(format, args);
    log.flush();
  }
}
