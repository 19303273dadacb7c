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
      // the CLI bundles the encoder's targeted sentiment, so the rule that reads the mentions decides
      assertThat(s.model()).isEqualTo("entity-cues-3");
      assertThat(s.label()).as(person).isEqualTo(StanceResult.Label.AGAINST);
      s.evidence().forEach(e -> {
        assertThat(report.article().text().substring(e.begin(), e.end())).isEqualTo(e.text());
        assertThat(quotes.voiceOf(new Span(e.begin(), e.end()))).isEqualTo(Voice.AUTHOR);
      });
    }
  }

  @Test
  void eachArticleTakesItsOwnClaimsFromTheArticleInputsFile() throws IOException {
    Path chief = tmp.resolve("chief.txt");
    java.nio.file.Files.writeString(chief, FIRE_CHIEF);
    Path inputs = tmp.resolve("inputs.json");
    java.nio.file.Files.writeString(inputs, """
        {"chief.txt": {"stance.claims": ["The city was right to fire its fire chief"]},
         "%s": {"stance.claims": ["Putin met Kim Jong-un to buy North Korean weapons"], "stance.bogus": "x"}}
        """.formatted(SharedData.sampleOpEd().getFileName()));
    Path out = tmp.resolve("out.jsonl");
    CliRun run = CliRun.of("analyze", "--format", "jsonl", "--threads", "1", "--claim", "A default claim",
        "--article-inputs", inputs.toString(), "--out", out.toString(), chief.toString(),
        SharedData.sampleOpEd().toString(), SharedData.repositoryRoot().resolve("samples/news-brief.txt").toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.SOME_FAILED);
    List<String> lines = java.nio.file.Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(claimsOf(lines.get(0))).containsExactly("The city was right to fire its fire chief");
    assertThat(lines.get(1)).contains("--article-inputs: analyzer 'stance' takes no per-article input 'bogus'");
    assertThat(claimsOf(lines.get(2))).containsExactly("A default claim"); // not listed: the pipeline's claims
  }

  private static List<String> claimsOf(String reportLine) {
    AnalysisReport report = PresslensJson.mapper().readValue(reportLine, AnalysisReport.class);
    assertThat(report.failures()).isEmpty();
    StanceResult stance = PresslensJson.mapper().convertValue(report.results().get("stance"), StanceResult.class);
    return stance.stances().stream().filter(s -> s.targetKind() == TargetKind.CLAIM).map(Stance::target).toList();
  }

  /**
   * An op-ed written for this test: the author defends a fire chief to whom negative things were done (fired,
   * suspended, punished), the pattern the first cue rule (entity-cues-1) read as criticism: it said AGAINST (-0.136).
   */
  static final String FIRE_CHIEF = """
      The city was wrong to fire Chief Daniel Okoro.

      Daniel Okoro served this city for twenty-six years. He was fired last month after a short book he wrote for \
      his church study group was passed around at City Hall.

      Okoro was given a thirty-day suspension without pay, then dismissed. The city claimed that his writing \
      created a poor working environment, yet no firefighter ever complained about how Okoro treated them.

      Okoro was punished for his faith, not for his work. He was never accused of treating anyone unfairly.

      The council should reinstate Okoro, and the mayor owes him an apology. A man who ran into burning houses \
      for a quarter of a century deserves better than this.
      """;

  /**
   * With the linear targeted sentiment (the entity-stance model was trained on its entity sentiment) the chief gets a
   * positive stance; with the encoder's (the default since it ships) his stance is not AGAINST but its score is -0.01:
   * the entity-stance model has not been retrained on the encoder's sentiment yet (issue #19).
   */
  @Test
  void aDefendedVictimOfNegativeEventsIsNotCriticised() throws IOException {
    Path in = tmp.resolve("chief.txt");
    java.nio.file.Files.writeString(in, FIRE_CHIEF);
    for (String model : java.util.List.of("linear", "encoder")) {
      Path out = tmp.resolve("chief-" + model + ".json");
      CliRun run = CliRun.of("analyze", "--target", "Daniel Okoro", "-O", "entities.sentimentModel=" + model,
          "--out", out.toString(), in.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      AnalysisReport report = PresslensJson.mapper().readValue(out.toFile(), AnalysisReport.class);
      StanceResult stance = PresslensJson.mapper().convertValue(report.results().get("stance"), StanceResult.class);
      Stance chief = stance.stances().get(0);
      assertThat(chief.entityId()).isNotNull();
      // "fired", "suspension", "punished", "poor" happen to him: they are not the author's judgement of him
      assertThat(chief.label()).as(model).isNotEqualTo(StanceResult.Label.AGAINST);
      if (model.equals("linear")) {
        assertThat(chief.score()).isGreaterThan(0);
      }
    }
  }

  /**
   * {@code eval entity-stance --gold-evidence} on a gold file written for this test: the stance scored by the analyzer
   * and, beside it, each target read from its evidence quotation alone, with both in the last line's JSON.
   */
  @Test
  void entityStanceEvaluationReadsTheGoldEvidenceAlone() throws IOException {
    Path root = java.nio.file.Files.createDirectories(tmp.resolve("editorials"));
    java.nio.file.Files.writeString(root.resolve("chief.txt"), FIRE_CHIEF);
    Path gold = tmp.resolve("gold.jsonl");
    java.nio.file.Files.writeString(gold, """
        {"file": "chief.txt", "title": "The city was wrong to fire Chief Daniel Okoro.", "targets": [\
        {"entity": "Daniel Okoro", "type": "PERSON", "stance": "FAVOR", "confidence": "high", \
        "evidence": "A man who ran into burning houses for a quarter of a century deserves better than this."}, \
        {"entity": "City Hall", "type": "ORGANIZATION", "stance": "NONE", "confidence": "medium", \
        "evidence": "a short book he wrote for his church study group was passed around at City Hall"}]}
        """);
    CliRun run = CliRun.of("eval", "entity-stance", gold.toString(), "--root", root.toString(), "--gold-evidence");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("gold evidence read alone");
    List<String> lines = run.out().lines().toList();
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> json = PresslensJson.mapper().readValue(lines.get(lines.size() - 1),
        java.util.Map.class);
    assertThat(json).containsEntry("task", "entity-stance").containsEntry("n", 2);
    @SuppressWarnings("unchecked")
    java.util.Map<String, java.util.Map<String, Object>> evidence =
        (java.util.Map<String, java.util.Map<String, Object>>) json.get("gold_evidence");
    assertThat(evidence.get("sentence")).containsEntry("n", 2); // every quotation has a sentence
    // only the second quotation names its target
    assertThat((Integer) evidence.get("targeted").get("n")).isBetween(0, 1);
  }

  /** The bundled tram op-ed with the rule that reads the mentions: the author backs two councillors and attacks one. */
  @Test
  void tramOpEdStancesWithTheRuleThatReadsTheMentions() throws IOException {
    Path out = tmp.resolve("tram.json");
    CliRun run = CliRun.of("analyze", "--target", "Helen Okafor", "--target", "Priya Raman", "--target",
        "Derek Ashworth", "-a", "entities,sentiment,stance", "--out", out.toString(),
        SharedData.repositoryRoot().resolve("samples/op-ed-tram-line.txt").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    AnalysisReport report = PresslensJson.mapper().readValue(out.toFile(), AnalysisReport.class);
    StanceResult stance = PresslensJson.mapper().convertValue(report.results().get("stance"), StanceResult.class);
    java.util.Map<String, Stance> byName = new java.util.HashMap<>();
    stance.stances().forEach(s -> byName.put(s.target(), s));
    assertThat(byName.get("Helen Okafor").label()).isEqualTo(StanceResult.Label.FAVOR);
    assertThat(byName.get("Priya Raman").label()).isEqualTo(StanceResult.Label.FAVOR);
    assertThat(byName.get("Derek Ashworth").label()).isEqualTo(StanceResult.Label.AGAINST);
    byName.values().forEach(s -> {
      assertThat(s.model()).isEqualTo("entity-cues-3");
      assertThat(s.confidence()).isBetween(0.5, 0.6); // a side's confidence under entity-cues-3
    });
  }
}
