package org.presslens.pipeline;

import java.time.Duration;
import java.util.Locale;

/**
 * Thrown by {@link Pipeline#analyze} when one article took longer than the pipeline's time limit
 * ({@link Pipeline.Builder#timeLimit(Duration)}, option {@value Pipeline#TIME_LIMIT_OPTION}). No report is produced
 * for that article; the pipeline stays usable for the next one. The message names the limit and the step that was
 * running, e.g. {@code analysis stopped at the time limit of 30 s (pipeline.timeLimitSeconds), in step 'nlp'}.
 */
public final class TimeLimitExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration limit;
  private final String step;

  TimeLimitExceededException(Duration limit, String step) {
    super("analysis stopped at the time limit of " + format(limit) + " (" + Pipeline.TIME_LIMIT_OPTION + ")"
        + (step == null ? "" : ", in step '" + step + "'"));
    this.limit = limit;
    this.step = step;
  }

  /** The time limit that was exceeded. */
  public Duration limit() {
    return limit;
  }

  /** The step that was running when the limit passed: {@code nlp}, an analyzer's name, or null. */
  public String step() {
    return step;
  }

  static String format(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.3f s", ms / 1000.0);
  }
}
