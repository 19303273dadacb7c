package org.presslens.cli;

import java.io.PrintWriter;
import org.presslens.json.PresslensJson;
import org.presslens.render.Renderers;
import org.presslens.report.html.HtmlReport;
import org.presslens.report.text.TextReport;

/** Writes outcomes in the chosen format; not thread-safe (the batch runner calls it from one thread, in order). */
final class ReportWriter {
  private final PrintWriter out;
  private final OutputFormat format;
  private final boolean single;
  private final Renderers renderers;

  ReportWriter(PrintWriter out, OutputFormat format, boolean single, Renderers renderers) {
    this.out = out;
    this.format = format;
    this.single = single;
    this.renderers = renderers;
  }

  void write(Outcome outcome) {
    switch (format) {
      case JSON -> out.println(single ? PresslensJson.pretty().writeValueAsString(outcome.record())
          : PresslensJson.mapper().writeValueAsString(outcome.record()));
      case JSONL -> out.println(PresslensJson.mapper().writeValueAsString(outcome.record()));
      case TEXT -> writeText(outcome);
      case HTML -> out.print(outcome.isOk() ? HtmlReport.render(outcome.report(), renderers)
          : HtmlReport.renderError(outcome.input().name(), outcome.error().error()));
    }
    out.flush();
  }

  private void writeText(Outcome outcome) {
    if (!outcome.isOk()) {
      out.println("== " + outcome.input().name() + ": ERROR " + outcome.error().error());
      return;
    }
    TextReport.lines(outcome.report(), renderers).forEach(out::println);
  }
}
