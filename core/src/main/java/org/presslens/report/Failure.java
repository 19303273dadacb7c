package org.presslens.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An analyzer (or {@code nlp}, the shared NLP layer) that failed on one article, why, and what kind of failure it was.
 *
 * @param kind what happened; null (omitted) in reports of schema 1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Failure(String analyzer, String error, Kind kind) {

  /** What kind of failure. */
  public enum Kind {
    /** The analyzer does not handle the article's language; it did not run. */
    LANGUAGE,
    /** A result the analyzer requires is missing (its producer failed or did not run); it did not run. */
    MISSING_REQUIREMENT,
    /** The shared NLP layer failed: the {@code nlp} entry itself, and each analyzer that needed it. */
    NLP_FAILURE,
    /** The analyzer threw (or returned no result); its stack trace is logged through SLF4J. */
    THREW,
    /**
     * The time limit passed. Reserved: today the pipeline's time limit ends the whole article, which then gets an
     * error record instead of a report, so no report holds this kind.
     */
    TIME_LIMIT
  }

  /** A failure without a kind (as in schema 1.0 reports). */
  public Failure(String analyzer, String error) {
    this(analyzer, error, null);
  }
}
