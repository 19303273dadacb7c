package org.presslens.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.report.AnalysisReport;
import org.presslens.report.html.HtmlReport;
import org.presslens.result.EntitiesResult;
import org.presslens.result.SentimentResult;
import org.presslens.result.StanceResult;

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
    if (r.results().get("stance") instanceof StanceResult st) {
      writeStances(st);
    }
    r.failures().forEach(f -> out.println("   failure: " + f.analyzer() + ": " + f.error()));
  }

  /** Claims and topics first, then the entity stances that take a side, strongest first; at most 8. */
  private void writeStances(StanceResult result) {
    Predicate<StanceResult.Stance> sided =
        s -> s.targetKind() != StanceResult.TargetKind.ENTITY || s.label() != StanceResult.Label.NONE;
    List<StanceResult.Stance> shown = result.stances().stream()
        .filter(sided)
        .sorted(Comparator.comparing((StanceResult.Stance s) -> s.targetKind() == StanceResult.TargetKind.ENTITY)
            .thenComparing(s -> -Math.abs(s.score())))
        .limit(8).toList();
    long neutral = result.stances().stream().filter(sided.negate()).count();
    String list = shown.stream()
        .map(s -> String.format(Locale.ROOT, "%s %s (%.2f)", quoteIfClaim(s), s.label(), s.confidence()))
        .collect(Collectors.joining(", "));
    out.println("   stance: " + (list.isEmpty() ? "no side taken" : list)
        + (neutral > 0 ? " · " + neutral + (neutral == 1 ? " entity" : " entities") + " without a side" : ""));
  }

  private static String quoteIfClaim(StanceResult.Stance s) {
    return s.targetKind() == StanceResult.TargetKind.CLAIM ? "\"" + s.target() + "\"" : s.target();
  }
}
