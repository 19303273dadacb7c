package org.presslens.analyzers.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.analyzers.stance.api.StanceResult.TargetKind;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ResultKey;
import org.presslens.testing.SpanAssertions;
import org.presslens.testing.TestArticles;

class StanceAnalyzerTest {

  @Test
  void providerIsRegisteredWithServiceLoaderAndDeclaresItsOptionsAndRequirements() {
    List<String> names = ServiceLoader.load(AnalyzerProvider.class).stream().map(p -> p.get().name()).toList();
    assertThat(names).contains("stance");
    assertThat(AnalyzerRegistry.discover(getClass().getClassLoader()).lookup("stance"))
        .isInstanceOf(StanceAnalyzerProvider.class);
    StanceAnalyzerProvider p = new StanceAnalyzerProvider();
    assertThat(p.options()).extracting(ConfigOption::key).contains("targets", "claims", "topics");
    assertThat(p.requires(org.presslens.spi.Config.defaults("stance", p.options())))
        .contains(ResultKey.of("entities", org.presslens.analyzers.entities.api.EntitiesResult.class),
            ResultKey.of("sentiment", org.presslens.analyzers.sentiment.api.SentimentResult.class));
    // entity stance reads the target's role from the parse (Roles): declared, not left to the sentiment model
    assertThat(p.requires(org.presslens.spi.Config.defaults("stance", p.options())))
        .contains(org.presslens.nlp.NlpLayer.PARSE);
  }

  @Test
  void quotedPraiseIsNotTheAuthorsEvidence() {
    Article a = Fixtures.article(
        "The council met on Monday. Critics say Mayor Ilsa Brandt has failed the harbour, and her plan is a"
            + " terrible failure and a bad deal.",
        "\"Ilsa Brandt is a great leader, excellent and strong,\" said an aide.");
    AnalysisReport r = Fixtures.pipeline(Map.of("stance.targets", List.of("Ilsa Brandt"))).analyze(a);
    assertThat(r.failures()).isEmpty();
    StanceResult.Stance s = ((StanceResult) r.results().get("stance")).stances().get(0);
    assertThat(s.target()).isEqualTo("Ilsa Brandt");
    assertThat(s.targetKind()).isEqualTo(TargetKind.ENTITY);
    assertThat(s.label()).isEqualTo(Label.AGAINST);
    assertThat(s.evidence()).isNotEmpty();
    QuoteSpans quotes = QuoteSpans.of(a);
    for (StanceResult.Evidence e : s.evidence()) {
      assertThat(quotes.voiceOf(new Span(e.begin(), e.end()))).isEqualTo(Voice.AUTHOR);
      assertThat(e.text()).doesNotContain("great leader").isEqualTo(a.text().substring(e.begin(), e.end()));
    }
    SpanAssertions.assertSpanTextsMatch(a, r.results().get("stance"));
  }

  @Test
  void onlyQuotedPraiseGivesNoFavour() {
    Article a = Fixtures.article("Ilsa Brandt spoke on Monday.",
        "\"Ilsa Brandt is a great, excellent and strong leader, a success,\" said an aide.");
    StanceResult.Stance s = stances(a, Map.of("stance.targets", List.of("Ilsa Brandt"))).get(0);
    assertThat(s.label()).isNotEqualTo(Label.FAVOR);
    assertThat(s.evidence()).allSatisfy(e -> assertThat(e.text()).doesNotContain("great"));
  }

  @Test
  void authorPraiseGivesFavourWithEvidence() {
    Article a = Fixtures.article(
        "Let me say where I stand. Councillor Ann Hale deserves credit for a great plan. She has been admirably"
            + " patient with every objection.",
        "\"Hale is a terrible failure,\" said Bob Crane.");
    StanceResult.Stance s = stances(a, Map.of("stance.targets", List.of("Ann Hale"))).get(0);
    assertThat(s.label()).isEqualTo(Label.FAVOR);
    assertThat(s.score()).isPositive();
    assertThat(s.evidence()).extracting(StanceResult.Evidence::text)
        .anySatisfy(t -> assertThat(t).contains("deserves credit"))
        .noneSatisfy(t -> assertThat(t).contains("terrible"));
  }

  @Test
  void doubtAndContrastCountAgainst() {
    Article a = Fixtures.article("Although Vlad Kern offered a great partnership at the summit, this raises doubts."
        + " Economically, Kern has little to offer.");
    StanceResult.Stance s = stances(a, Map.of("stance.targets", List.of("Kern"))).get(0);
    assertThat(s.label()).isEqualTo(Label.AGAINST);
  }

  @Test
  void defaultTargetsAreTheMostMentionedEntitiesMergedBySurname() {
    Article a = Fixtures.article("Reporters met Ilsa Brandt and Tom Reyes. Later Brandt spoke, and Brandt smiled.");
    List<StanceResult.Stance> s = stances(a, Map.of("stance.entities", "1"));
    assertThat(s).hasSize(1);
    assertThat(s.get(0).target()).isEqualTo("Ilsa Brandt");
    assertThat(s.get(0).entityId()).isNotNull();
  }

  @Test
  void unknownTargetGivesNoneWithoutEvidence() {
    List<StanceResult.Stance> s = stances(TestArticles.english(), Map.of("stance.targets", List.of("Nobody Here")));
    assertThat(s.get(0).label()).isEqualTo(Label.NONE);
    assertThat(s.get(0).evidence()).isEmpty();
  }

  @Test
  void everyTestArticleGivesSpansWithinItsText() {
    for (Article a : TestArticles.all()) {
      if (!a.language().equals("en")) {
        continue;
      }
      AnalysisReport r = Fixtures.pipeline(Map.of()).analyze(a);
      assertThat(r.failures()).as(a.source()).isEmpty();
      SpanAssertions.assertSpanTextsMatch(a, r.results().get("stance"));
      // and the result survives a JSON round trip
      String json = PresslensJson.mapper().writeValueAsString(r.results().get("stance"));
      assertThat(PresslensJson.mapper().readValue(json, StanceResult.class)).isEqualTo(r.results().get("stance"));
    }
  }

  @Test
  void topicStancesComeInTheOrderGiven() {
    List<String> topics = List.of("hillary", "climate", "feminist", "abortion", "atheism");
    List<StanceResult.Stance> s = stances(TestArticles.english(), Map.of("stance.topics", topics,
        "stance.claims", List.of("The tram is late", "The council voted")));
    assertThat(s).filteredOn(x -> x.targetKind() == TargetKind.TOPIC).extracting(StanceResult.Stance::target)
        .containsExactlyElementsOf(topics);
    assertThat(s).filteredOn(x -> x.targetKind() == TargetKind.CLAIM).extracting(StanceResult.Stance::target)
        .containsExactly("The tram is late", "The council voted");
  }

  @Test
  void unknownTopicIsAConfigurationError() {
    assertThatThrownBy(() -> Fixtures.pipeline(Map.of("stance.topics", List.of("cricket"))))
        .hasMessageContaining("no topic model for [cricket]");
  }

  @Test
  void topicModelsArePluginsChosenByName() {
    List<StanceResult.Stance> s = stances(TestArticles.english(), Map.of("stance.topics", List.of("Hillary Clinton"),
        "stance.topicModel", "ngram"));
    assertThat(s).filteredOn(x -> x.targetKind() == TargetKind.TOPIC).extracting(StanceResult.Stance::model)
        .containsExactly("semeval2016-hillary");
    assertThatThrownBy(() -> Fixtures.pipeline(Map.of("stance.topicModel", "bert")))
        .hasMessageContaining("no topic stance model named 'bert'").hasMessageContaining("ngram")
        .hasMessageContaining("presslens-encoder-models");
    assertThatThrownBy(() -> Fixtures.pipeline(Map.of("stance.topicModel", "bert", "stance.topicModels", "/tmp")))
        .hasMessageContaining("stance.topicModels");
  }

  private static List<StanceResult.Stance> stances(Article a, Map<String, Object> options) {
    AnalysisReport r = Fixtures.pipeline(options).analyze(a);
    assertThat(r.failures()).isEmpty();
    return ((StanceResult) r.results().get("stance")).stances();
  }
}
