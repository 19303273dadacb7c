package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionSentiment;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.SentimentLabel;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.Config;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.SpanAssertions;
import org.presslens.testing.TestArticles;

class EntitiesAnalyzerTest {

  private static final EntitiesAnalyzerProvider PROVIDER = new EntitiesAnalyzerProvider();

  private static Config config(Map<String, ?> options) {
    return Config.parse("entities", PROVIDER.options(), options);
  }

  @Test
  void providerIsRegisteredUnderItsName() {
    assertThat(AnalyzerRegistry.discover().lookup(EntitiesAnalyzerProvider.NAME))
        .isInstanceOf(EntitiesAnalyzerProvider.class);
  }

  @Test
  void requirementsFollowTheSentimentOption() {
    assertThat(PROVIDER.requires(config(Map.of()))).containsExactlyInAnyOrder(NlpLayer.NER, NlpLayer.SENTIMENT);
    assertThat(PROVIDER.requires(config(Map.of("sentiment", "false")))).containsExactly(NlpLayer.NER);
  }

  @Test
  void entitiesAreCanonicalSortedBySalienceWithValidSpans() {
    Article article = Article.builder().language("en").title("Brandt wins the vote in Westmoor")
        .section(null)
        .paragraph("Mayor Ada Brandt won the vote in Westmoor on Monday. Brandt thanked Tom Reyes.")
        .section("Reactions")
        .paragraph("\"Brandt did well,\" said Reyes. Brandt smiled.")
        .build();
    NlpDocument nlp = Docs.doc(article, true, "Ada Brandt/PERSON", "Westmoor/LOCATION", "Monday/DATE",
        "Brandt#1/PERSON", "Tom Reyes/PERSON", "Brandt#2/PERSON", "Reyes#1/PERSON", "Brandt#3/PERSON");
    EntitiesResult r = PROVIDER.create(config(Map.of("sentiment", "false"))).analyze(Docs.context(article, nlp));

    assertThat(r.entities()).extracting(Entity::name).containsExactly("Ada Brandt", "Tom Reyes", "Westmoor");
    Entity brandt = r.entities().get(0);
    assertThat(brandt.id()).isEqualTo("person:ada-brandt");
    assertThat(brandt.mentions()).hasSize(4);
    assertThat(brandt.mentions()).extracting(Mention::voice)
        .containsExactly(Voice.AUTHOR, Voice.AUTHOR, Voice.QUOTED, Voice.AUTHOR);
    assertThat(brandt.sentiment()).isNull();
    for (int i = 1; i < r.entities().size(); i++) {
      assertThat(r.entities().get(i).salience()).isBetween(0.0, r.entities().get(i - 1).salience());
    }
    assertThat(brandt.salience()).isLessThanOrEqualTo(1.0);
    assertThat(SpanAssertions.assertSpanTextsMatch(article, r)).isEqualTo(7);
  }

  @Test
  void salienceRewardsTheTitleTheLeadAndTheCount() {
    Article article = Article.builder().language("en").title("Reyes under fire")
        .paragraph("Ada Brandt spoke. Tom Reyes listened.")
        .paragraph("Later Tom Reyes left.")
        .build();
    NlpDocument nlp = Docs.doc(article, false, "Ada Brandt/PERSON", "Tom Reyes/PERSON", "Tom Reyes#1/PERSON");
    EntitiesResult r = PROVIDER.create(config(Map.of("sentiment", "false"))).analyze(Docs.context(article, nlp));
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Tom Reyes", "Ada Brandt");
    Entity reyes = r.entities().get(0);
    // count 1, spread 1, lead 1, title 1, early ~0.5 of 1
    assertThat(reyes.salience()).isGreaterThan(0.85);
  }

  @Test
  void authorsNotNamedInTheTextAreEntitiesWithoutMentions() {
    Article article = TestArticles.english(); // by Mara Quill, who is not named in the text
    NlpDocument nlp = Docs.doc(article, false, "Ilsa Brandt/PERSON", "Brandt#1/PERSON");
    EntitiesResult r = PROVIDER.create(config(Map.of("sentiment", "false"))).analyze(Docs.context(article, nlp));
    Entity quill = r.entities().stream().filter(e -> e.name().equals("Mara Quill")).findFirst().orElseThrow();
    assertThat(quill.mentions()).isEmpty();
    assertThat(quill.type()).isEqualTo("PERSON");
    assertThat(r.entities().get(r.entities().size() - 1)).isEqualTo(quill);
  }

  @Test
  void entitySentimentKeepsAuthorAndQuotedVoiceApart() {
    Article article = Docs.article("Critics praised Ada Brandt for the great bridge. \"Ada Brandt failed us and"
        + " the awful delays were a crisis,\" said a resident.");
    NlpDocument nlp = Docs.doc(article, true, "Ada Brandt/PERSON", "Ada Brandt#1/PERSON");
    EntitiesResult r = PROVIDER.create(config(Map.of())).analyze(Docs.context(article, nlp));
    Entity brandt = r.entities().get(0);
    assertThat(brandt.mentions()).allSatisfy(m -> assertThat(m.sentiment()).isNotNull());
    assertThat(brandt.sentiment().mentions()).isEqualTo(1);
    assertThat(brandt.quotedSentiment().mentions()).isEqualTo(1);
    assertThat(brandt.sentiment().score()).isBetween(-1.0, 1.0);
    assertThat(brandt.sentiment().magnitude()).isGreaterThanOrEqualTo(0.0);
  }

  @Test
  void aTitleInDoubleQuotesIsInTheAuthorsVoice() {
    Article article = Docs.article("She read the book \u201CHarbour Lights\u201D twice. \u201CWe loved"
        + " \u2018Harbour Lights\u2019,\u201D she said.");
    EntitiesResult r = PROVIDER.create(config(Map.of("sentiment", "false")))
        .analyze(Docs.context(article, Docs.doc(article, false)));
    Entity book = r.entities().get(0);
    assertThat(book.type()).isEqualTo("WORK_OF_ART");
    assertThat(book.mentions()).extracting(Mention::voice).containsExactly(Voice.AUTHOR, Voice.QUOTED);
  }

  @Test
  void aggregationAveragesScoresAndMarksBalancedStrongMentionsMixed() {
    Mention good = new Mention(0, 1, "a", MentionKind.NAME, Voice.AUTHOR,
        new MentionSentiment(SentimentLabel.POSITIVE, 0.7, 0.8));
    Mention bad = new Mention(2, 3, "a", MentionKind.NAME, Voice.AUTHOR,
        new MentionSentiment(SentimentLabel.NEGATIVE, -0.7, 0.8));
    Mention quoted = new Mention(4, 5, "a", MentionKind.NAME, Voice.QUOTED,
        new MentionSentiment(SentimentLabel.NEGATIVE, -0.5, 0.6));
    var author = EntitiesAnalyzer.aggregate(List.of(good, bad, quoted), Voice.AUTHOR);
    assertThat(author.label()).isEqualTo(SentimentLabel.MIXED);
    assertThat(author.mentions()).isEqualTo(2);
    assertThat(author.score()).isEqualTo(0.0);
    assertThat(author.magnitude()).isEqualTo(1.4);
    var q = EntitiesAnalyzer.aggregate(List.of(good, bad, quoted), Voice.QUOTED);
    assertThat(q.label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(EntitiesAnalyzer.aggregate(List.of(good), Voice.QUOTED)).isNull();
  }

  @Test
  void runsInAPipelineOnTheFakeEngineWithOneNlpCall() {
    FakeNlpEngine engine = new FakeNlpEngine();
    Pipeline pipeline = Pipeline.builder().nlpEngine(engine).analyzers("entities").build();
    assertThat(pipeline.nlpLayers()).contains(NlpLayer.NER, NlpLayer.SENTIMENT);
    for (Article a : List.of(TestArticles.english(), TestArticles.unicode(), TestArticles.empty(),
        TestArticles.withRepair(), TestArticles.minimal())) {
      AnalysisReport report = pipeline.analyze(a);
      assertThat(report.failures()).isEmpty();
      EntitiesResult r = (EntitiesResult) report.results().get("entities");
      SpanAssertions.assertSpanTextsMatch(a, r);
      r.entities().forEach(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
    }
    assertThat(engine.annotateCount()).isEqualTo(5);
    Pipeline nerOnly = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities")
        .option("entities.sentiment", "false").build();
    assertThat(nerOnly.nlpLayers()).doesNotContain(NlpLayer.PARSE, NlpLayer.SENTIMENT);
  }

  @Test
  void slugsAreAsciiAndStable() {
    assertThat(EntitiesAnalyzer.slug("Kim Jong-un")).isEqualTo("kim-jong-un");
    assertThat(EntitiesAnalyzer.slug("São Paulo")).isEqualTo("sao-paulo");
  }

  @Test
  void nerOnlyNeedsNoParse() {
    assertThat(PROVIDER.requires(config(Map.of("sentiment", "no")))).isEqualTo(Set.of(NlpLayer.NER));
  }
}
