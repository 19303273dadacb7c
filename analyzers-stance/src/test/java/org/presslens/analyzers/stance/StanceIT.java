package org.presslens.analyzers.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.analyzers.stance.api.StanceResult.TargetKind;
import org.presslens.analyzers.stance.claim.ClaimModel;
import org.presslens.analyzers.stance.topic.TopicModels;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.pipeline.ArticleInputs;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.testing.SpanAssertions;

/** The stance analyzer on the real shared NLP layer: the Done-when checks, and the evaluations on small subsets. */
class StanceIT {

  private static AnalysisReport putin;
  private static AnalysisReport tram;

  private static synchronized AnalysisReport putin() {
    if (putin == null) {
      putin = SharedPipelines.DEFAULT.analyze(SharedPipelines.putinOpEd());
    }
    return putin;
  }

  private static StanceResult stances(AnalysisReport r) {
    assertThat(r.failures()).isEmpty();
    return (StanceResult) r.results().get("stance");
  }

  private static Optional<StanceResult.Stance> entity(StanceResult r, String nameContains) {
    return r.stances().stream().filter(s -> s.targetKind() == TargetKind.ENTITY && s.target().contains(nameContains))
        .findFirst();
  }

  private static void assertAuthorEvidence(Article a, StanceResult.Stance s) {
    assertThat(s.evidence()).as(s.target()).isNotEmpty();
    QuoteSpans quotes = QuoteSpans.of(a);
    for (StanceResult.Evidence e : s.evidence()) {
      assertThat(quotes.voiceOf(new Span(e.begin(), e.end()))).as(e.text()).isEqualTo(Voice.AUTHOR);
      assertThat(e.text()).isEqualTo(a.text().substring(e.begin(), e.end()));
    }
  }

  @Test
  void sampleOpEdGivesPutinAndKimStancesWithAuthorVoiceEvidence() {
    AnalysisReport r = putin();
    StanceResult result = stances(r);
    StanceResult.Stance putinStance = entity(result, "Putin").orElseThrow();
    StanceResult.Stance kimStance = entity(result, "Kim").orElseThrow();
    assertAuthorEvidence(r.article(), putinStance);
    assertAuthorEvidence(r.article(), kimStance);
    assertThat(putinStance.label()).isEqualTo(Label.AGAINST);
    assertThat(kimStance.label()).isEqualTo(Label.AGAINST);
    for (StanceResult.Stance s : result.stances()) {
      if (s.targetKind() == TargetKind.ENTITY) {
        QuoteSpans quotes = QuoteSpans.of(r.article());
        s.evidence().forEach(e -> assertThat(quotes.voiceOf(new Span(e.begin(), e.end()))).isEqualTo(Voice.AUTHOR));
      }
    }
    // Xi's quoted "unlimited partnership" is no praise of the author's
    result.stances().stream().flatMap(s -> s.evidence().stream())
        .filter(e -> e.text().contains("unlimited partnership"))
        .forEach(e -> assertThat(e.label()).isNotEqualTo(Label.FAVOR));
    assertThat(SpanAssertions.assertSpanTextsMatch(r.article(), result)).isPositive();
  }

  @Test
  void tramOpEdGivesTheAuthorsStancesTowardThePeople() {
    AnalysisReport r = SharedPipelines.TRAM_TARGETS.analyze(SharedPipelines.tramOpEd());
    StanceResult result = stances(r);
    StanceResult.Stance okafor = entity(result, "Okafor").orElseThrow();
    StanceResult.Stance raman = entity(result, "Raman").orElseThrow();
    StanceResult.Stance ashworth = entity(result, "Ashworth").orElseThrow();
    assertThat(okafor.label()).isEqualTo(Label.FAVOR);
    assertThat(raman.label()).isEqualTo(Label.FAVOR);
    assertThat(ashworth.label()).isEqualTo(Label.AGAINST);
    for (StanceResult.Stance s : List.of(okafor, raman, ashworth)) {
      assertAuthorEvidence(r.article(), s);
      assertThat(s.entityId()).isNotNull();
    }
    // the engineer's quoted praise is not the author's evidence
    result.stances().forEach(s -> assertThat(s.evidence()).noneSatisfy(
        e -> assertThat(e.text()).contains("best-value scheme")));
  }

  /**
   * A columnist defends a fire chief to whom negative things happen (suspended, fired, his conduct called "poor"): what
   * is done to him is not the author's judgement of him (issue #19's fire-chief case, on text written for the test).
   */
  @Test
  void aDefendedPersonWhoIsFiredIsNotCriticised() {
    String text = "The city was wrong to fire its fire chief\n\n"
        + "Ray Olsen served the city of Brookfield for thirty years, the last eight of them as its fire chief."
        + " Last month the mayor suspended him for a month without pay, and on Friday the city council fired him."
        + "\n\nHis offence was a short book about his faith, written on his own time, which he gave to a few colleagues"
        + " who asked for it. Nobody complained about his work. Nobody said he treated anyone badly."
        + "\n\nOlsen was punished for what he believes, not for anything he did. The suspension was unfair, and the"
        + " firing was worse. The council's lawyers called his conduct poor judgement; it was nothing of the kind."
        + "\n\nOlsen deserves his job back, and the council owes him an apology. A city that fires a decent man for his"
        + " faith has lost its way.";
    Article article = new org.presslens.io.PlainTextReader().read("fire-chief.txt",
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AnalysisReport r = SharedPipelines.TRAM_TARGETS.analyze(article,
        ArticleInputs.of(Map.of("stance.targets", List.of("Ray Olsen"))));
    StanceResult.Stance olsen = entity(stances(r), "Olsen").orElseThrow();
    assertThat(olsen.label()).isNotEqualTo(Label.AGAINST);
    assertThat(olsen.label()).isEqualTo(Label.FAVOR);
  }

  @Test
  void claimStanceWithEvidence() {
    StanceResult result = stances(putin());
    StanceResult.Stance related = result.stances().stream()
        .filter(s -> s.targetKind() == TargetKind.CLAIM && s.target().equals(SharedPipelines.PUTIN_CLAIM))
        .findFirst().orElseThrow();
    assertThat(related.label()).isIn(Label.AGREE, Label.DISCUSS, Label.DISAGREE);
    assertThat(related.evidence()).isNotEmpty();
    assertThat(related.confidence()).isBetween(0.0, 1.0);
    StanceResult.Stance unrelated = result.stances().stream()
        .filter(s -> s.targetKind() == TargetKind.CLAIM && s.target().equals(SharedPipelines.TRAM_CLAIM))
        .findFirst().orElseThrow();
    assertThat(unrelated.label()).isEqualTo(Label.UNRELATED);
  }

  @Test
  void onePipelineTakesEachArticlesOwnClaimsAndTopics() {
    Pipeline noClaims = SharedPipelines.TRAM_TARGETS; // configured with targets only
    StanceResult putinOwn = stances(noClaims.analyze(SharedPipelines.putinOpEd(), ArticleInputs.of(Map.of(
        "stance.claims", List.of(SharedPipelines.PUTIN_CLAIM), "stance.topics", List.of("climate")))));
    StanceResult tramOwn = stances(noClaims.analyze(SharedPipelines.tramOpEd(),
        ArticleInputs.of(Map.of("stance.claims", List.of(SharedPipelines.TRAM_CLAIM)))));

    assertThat(putinOwn.stances()).filteredOn(s -> s.targetKind() != TargetKind.ENTITY)
        .extracting(StanceResult.Stance::target).containsExactly("climate", SharedPipelines.PUTIN_CLAIM);
    assertThat(tramOwn.stances()).filteredOn(s -> s.targetKind() != TargetKind.ENTITY)
        .extracting(StanceResult.Stance::target).containsExactly(SharedPipelines.TRAM_CLAIM);
    // the same stance as from a pipeline configured with that claim and topic
    assertThat(putinOwn.stances()).filteredOn(s -> s.targetKind() != TargetKind.ENTITY)
        .containsExactlyElementsOf(stances(putin()).stances().stream()
            .filter(s -> s.targetKind() == TargetKind.TOPIC || s.target().equals(SharedPipelines.PUTIN_CLAIM))
            .toList());
    // the pipeline's targets stay the default of the articles that give none
    assertThat(tramOwn.stances()).filteredOn(s -> s.targetKind() == TargetKind.ENTITY).isNotEmpty()
        .containsExactlyElementsOf(stances(noClaims.analyze(SharedPipelines.tramOpEd())).stances());
  }

  @Test
  void topicStanceIsReported() {
    StanceResult result = stances(putin());
    StanceResult.Stance climate = result.stances().stream().filter(s -> s.targetKind() == TargetKind.TOPIC)
        .findFirst().orElseThrow();
    assertThat(climate.target()).isEqualTo("climate");
    assertThat(climate.label()).isIn(Label.FAVOR, Label.AGAINST, Label.NONE);
    assertThat(climate.model()).isEqualTo("semeval2016-climate");
  }
}
