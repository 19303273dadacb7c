package org.presslens.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.report.AnalysisReport;
import org.presslens.report.html.HtmlReport;
import org.presslens.result.EntitiesResult;
import org.presslens.result.SentimentResult;

/** Writes outcomes in the chosen format; not thread-safe (the batch runner calls it from one thread, in order). */
final class ReportWriter {
  private final PrintWriter out;
  private final OutputFormat format;
  private final boolean single;

  ReportWriter(PrintWriter out, OutputFormat format, boolean single) {
    this.out = out;
    this.format = format;
    this.single = single;
  }

  void write(Outcome outcome) {
    switch (format) {
      case JSON -> out.println(single ? PresslensJson.pretty().writeValueAsString(outcome.record())
          : PresslensJson.mapper().writeValueAsString(outcome.record()));
      case JSONL -> out.println(PresslensJson.mapper().writeValueAsString(outcome.record()));
      case TEXT -> writeText(outcome);
      case HTML -> out.print(outcome.isOk() ? HtmlReport.render(outcome.report())
          : HtmlReport.renderError(outcome.input().name(), outcome.error().error()));
    }
    out.flush();
  }

  private void writeText(Outcome outcome) {
    if (!outcome.isOk()) {
      out.println("== " + outcome.input().name() + ": ERROR " + outcome.error().error());
      return;
    }
    AnalysisReport r = outcome.report();
    Article a = r.article();
    out.println("== " + a.source() + (a.title() != null ? " — " + a.title() : ""));
    out.println("   " + String.join(", ", a.authors()) + (a.outlet() != null ? " · " + a.outlet() : "")
        + (a.published() != null ? " · " + a.published() : "") + " · language " + a.language()
        + " · " + a.paragraphs().size() + " paragraphs, " + a.repairs().size() + " repairs");
    if (r.results().get("sentiment") instanceof SentimentResult s) {
      out.printf("   sentiment: %s (score %.2f, magnitude %.2f) over %d sentences%n", s.document().label(),
          s.document().score(), s.document().magnitude(), s.sentences().size());
    }
    if (r.results().get("entities") instanceof EntitiesResult e) {
      List<EntitiesResult.Entity> top = e.entities().stream()
          .sorted(Comparator.comparingInt((EntitiesResult.Entity x) -> -x.mentions().size())).limit(8).toList();
      out.println("   entities: " + top.stream().map(x -> x.name() + " (" + x.type() + ", " + x.mentions().size() + ")")
          .collect(Collectors.joining(", ")));
    }
    r.failures().forEach(f -> out.println("   failure: " + f.analyzer() + ": " + f.error()));
  }
}
