package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.analyzers.stance.api.StanceResult.Stance;
import org.presslens.analyzers.stance.api.StanceResult.TargetKind;
import org.presslens.model.Article;
import org.presslens.render.Renderers;
import org.presslens.report.AnalysisReport;

/** {@code analyze --format text}: the short summary of a report, built from results made by hand. */
class TextOutputTest {

  private static final Article ARTICLE = Article.builder().source("op-ed.txt").title("Trams now").language("en")
      .paragraph("The council should build the tram.").build();

  @Test
  void stanceLineListsClaimsAndTopicsFirstThenEntitiesThatTakeASideStrongestFirst() {
    StanceResult stance = new StanceResult(List.of(
        stance("Helen Okafor", TargetKind.ENTITY, Label.FAVOR, 0.62, 0.4),
        stance("Bordeaux", TargetKind.ENTITY, Label.NONE, 0.8, 0.0),
        stance("Derek Ashworth", TargetKind.ENTITY, Label.AGAINST, 0.71, -0.7),
        stance("The tram is too expensive", TargetKind.CLAIM, Label.DISAGREE, 0.55, -0.3)));

    String text = render(stance);

    assertThat(text).contains("   stance: \"The tram is too expensive\" DISAGREE (0.55), Derek Ashworth AGAINST (0.71),"
        + " Helen Okafor FAVOR (0.62) · 1 entity without a side\n");
  }

  @Test
  void stanceLineSaysSoWhenNoTargetTakesASide() {
    String text = render(new StanceResult(List.of(stance("Bordeaux", TargetKind.ENTITY, Label.NONE, 0.8, 0.0))));

    assertThat(text).contains("   stance: no side taken · 1 entity without a side\n");
  }

  @Test
  void noStanceLineWithoutAStanceResult() {
    StringWriter buffer = new StringWriter();
    new ReportWriter(new PrintWriter(buffer), OutputFormat.TEXT, true, Renderers.discover())
        .write(Outcome.ok(Input.file(Path.of("a.txt")),
        new AnalysisReport(AnalysisReport.SCHEMA_VERSION, ARTICLE, Map.of(), List.of(), Map.of())));

    assertThat(buffer.toString()).startsWith("== op-ed.txt — Trams now\n").doesNotContain("stance:");
  }

  private static String render(StanceResult stance) {
    StringWriter buffer = new StringWriter();
    AnalysisReport report = new AnalysisReport(AnalysisReport.SCHEMA_VERSION, ARTICLE, Map.of("stance", stance),
        List.of(), Map.of());
    new ReportWriter(new PrintWriter(buffer), OutputFormat.TEXT, true, Renderers.discover())
        .write(Outcome.ok(Input.file(Path.of("a.txt")),
        report));
    return buffer.toString().replace(System.lineSeparator(), "\n");
  }

  private static Stance stance(String target, TargetKind kind, Label label, double confidence, double score) {
    return new Stance(target, kind, null, label, confidence, score, List.of(), "test");
  }
}
