package org.presslens.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The record written instead of a report when an input could not be read or analyzed at all. */
@JsonPropertyOrder({"schemaVersion", "input", "error"})
public record InputError(String schemaVersion, String input, String error) {

  public InputError(String input, String error) {
    this(AnalysisReport.SCHEMA_VERSION, input, error);
  }
}
