package org.presslens.cli;

import org.presslens.report.AnalysisReport;
import org.presslens.report.InputError;

/** What one input yielded: a report, or an error record; exactly one of the two is set. */
record Outcome(Input input, AnalysisReport report, InputError error) {

  static Outcome ok(Input input, AnalysisReport report) {
    return new Outcome(input, report, null);
  }

  static Outcome failed(Input input, String message) {
    return new Outcome(input, null, new InputError(input.name(), message));
  }

  boolean isOk() {
    return report != null;
  }

  /** The value written for this input. */
  Object record() {
    return report != null ? report : error;
  }
}
