package org.presslens.cli;

import java.util.Locale;

/** How reports are written. */
enum OutputFormat {
  /** One pretty JSON document for a single input; JSONL for several. */
  JSON,
  /** One compact JSON record per line. */
  JSONL,
  /** A short human-readable summary per input. */
  TEXT,
  /** A self-contained HTML page per input ({@link org.presslens.report.html.HtmlReport}). */
  HTML;

  static OutputFormat parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown --format '" + s + "'; use json, jsonl, text or html");
    }
  }
}
