package org.presslens.corpus;

/**
 * An input line that is not a usable report, counted and listed in the summary (never fatal, never dropped).
 *
 * @param kind    what is wrong
 * @param input   where: {@code file:line}, or the input name
 * @param message the problem, as read
 */
public record BadInput(Kind kind, String input, String message) {

  /** What is wrong with a bad input. */
  public enum Kind {
    /** Not JSON, or JSON cut off (a truncated line). */
    MALFORMED,
    /** An error record ({@code {"schemaVersion","input","error"}}): the input could not be analyzed. */
    ERROR_RECORD,
    /** A report of a schema version this reader does not read. */
    SCHEMA_VERSION,
    /** A report whose article or result does not read as its type. */
    INVALID_REPORT
  }
}
