package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Stance;
import org.presslens.analyzers.stance.api.StanceResult.TargetKind;
import org.presslens.json.PresslensJson;
import org.presslens.model.Span;
import org.presslens.report.AnalysisReport;

/** Stance through the CLI with the real entities and sentiment analyzers on the real NLP layer. */
class StanceEndToEndIT {

  @TempDir
  Path tmp;

  @Test
  void claimAndEntityStancesOnTheSampleOpEdUseAuthorVoiceEvidenceOnly() throws IOException {
    Path out = tmp.resolve("stance.json");
    CliRun run = CliRun.of("analyze", "--claim", "Putin met Kim Jong-un to buy North Korean weapons",
        "--out", out.toString(), SharedData.sampleOpEd().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    AnalysisReport report = PresslensJson.mapper().readValue(out.toFile(), AnalysisReport.class);
    assertThat(report.failures()).isEmpty();
    StanceResult stance = PresslensJson.mapper().convertValue(report.results().get("stance"), StanceResult.class);

    List<Stance> claims = stance.stances().stream().filter(s -> s.targetKind() == TargetKind.CLAIM).toList();
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).label()).isIn(StanceResult.Label.AGREE, StanceResult.Label.DISAGREE,
        StanceResult.Label.DISCUSS, StanceResult.Label.UNRELATED);
    assertThat(claims.get(0).evidence()).isNotEmpty();

    QuoteSpans quotes = QuoteSpans.of(report.article());
    for (String person : List.of("Vladimir Putin", "Kim Jong-un")) {
      Stance s = stance.stances().stream()
          .filter(x -> x.targetKind() == TargetKind.ENTITY && x.target().equals(person)).findFirst().orElseThrow();
      assertThat(s.evidence()).as(person).isNotEmpty();
      s.evidence().forEach(e -> {
        assertThat(report.article().text().substring(e.begin(), e.end())).isEqualTo(e.text());
        assertThat(quotes.voiceOf(new Span(e.begin(), e.end()))).isEqualTo(Voice.AUTHOR);
      });
    }
  }
}
