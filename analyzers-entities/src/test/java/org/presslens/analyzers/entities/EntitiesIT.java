package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.nlp.SentimentLabel;
import org.presslens.report.AnalysisReport;
import org.presslens.testing.SpanAssertions;

/** The entities analyzer on the real shared NLP layer (CoreNLP), one pipeline for the whole class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitiesIT {

  private Article opEd;
  private EntitiesResult opEdEntities;

  @BeforeAll
  void analyzeTheSampleOpEd() {
    Path file = SharedPipeline.sharedData().resolve("samples/op-ed-putin-kim-summit.txt");
    if (!Files.exists(file)) {
      return;
    }
    opEd = ArticleReaders.read(file);
    AnalysisReport report = SharedPipeline.PIPELINE.analyze(opEd);
    assertThat(report.failures()).isEmpty();
    opEdEntities = (EntitiesResult) report.results().get("entities");
  }

  private Entity entity(String name) {
    Optional<Entity> e = opEdEntities.entities().stream().filter(x -> x.name().equals(name)).findFirst();
    assertThat(e).as("%s among %s", name, opEdEntities.entities().stream().map(Entity::name).toList()).isPresent();
    return e.get();
  }

  @Test
  void theSampleOpEdHasItsCanonicalEntities() {
    assumeTrue(opEd != null, "the shared sample op-ed is not available");
    Entity kim = entity("Kim Jong-un");
    assertThat(kim.type()).isEqualTo("PERSON");
    assertThat(kim.mentions()).extracting(Mention::text).contains("Kim Jong-un", "Kim");
    assertThat(entity("Vladimir Putin").type()).isEqualTo("PERSON");
    assertThat(entity("Vladimir Putin").mentions()).extracting(Mention::text).contains("Vladimir Putin", "Putin");
    assertThat(entity("Xi Jinping").type()).isEqualTo("PERSON");
    assertThat(entity("Nina L. Khrushcheva").type()).isEqualTo("PERSON");
    for (String country : List.of("Russia", "North Korea", "China", "South Korea", "Ukraine", "United States",
        "Soviet Union")) {
      assertThat(entity(country).type()).as(country).isEqualTo("LOCATION");
      assertThat(entity(country).subtype()).as(country).isEqualTo("COUNTRY");
    }
    assertThat(entity("Russia").mentions()).extracting(Mention::kind).contains(EntitiesResult.MentionKind.DEMONYM);
    assertThat(entity("Soviet Union").mentions()).extracting(Mention::text).contains("Soviets");
    assertThat(entity("United States").mentions()).extracting(Mention::text).contains("US");
    assertThat(entity("Khasan").type()).isEqualTo("LOCATION");
    assertThat(entity("Pyongyang").subtype()).isEqualTo("CITY");
    assertThat(entity("United Nations Security Council").type()).isEqualTo("ORGANIZATION");
    assertThat(entity("The Death of Stalin").type()).isEqualTo("WORK_OF_ART");
    assertThat(opEdEntities.entities()).extracting(Entity::name)
        .noneMatch(n -> n.contains("Russiafor") || n.contains("Jinpingwho") || n.equals("Stalin"));
    assertThat(opEdEntities.entities()).extracting(Entity::type).doesNotContain("DATE", "NUMBER");
    SpanAssertions.assertSpanTextsMatch(opEd, opEdEntities);
  }

  @Test
  void putinAndKimAreAmongTheThreeMostSalient() {
    assumeTrue(opEd != null, "the shared sample op-ed is not available");
    List<String> top3 = opEdEntities.entities().stream().limit(3).map(Entity::name).toList();
    assertThat(top3).contains("Vladimir Putin", "Kim Jong-un");
    for (int i = 1; i < opEdEntities.entities().size(); i++) {
      assertThat(opEdEntities.entities().get(i).salience())
          .isBetween(0.0, opEdEntities.entities().get(i - 1).salience());
    }
    // the op-ed is critical of Kim
    assertThat(entity("Kim Jong-un").sentiment().score()).isNegative();
  }

  @Test
  void twoTargetsInOneSentenceGetOppositeSentiment() {
    Article a = Article.builder().language("en")
        .paragraph("Smith won the award for his brilliant work, but Jones was arrested for fraud.").build();
    EntitiesResult r = (EntitiesResult) SharedPipeline.PIPELINE.analyze(a).results().get("entities");
    Entity smith = r.entities().stream().filter(e -> e.name().equals("Smith")).findFirst().orElseThrow();
    Entity jones = r.entities().stream().filter(e -> e.name().equals("Jones")).findFirst().orElseThrow();
    assertThat(smith.mentions().get(0).sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(jones.mentions().get(0).sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(smith.sentiment().score()).isPositive();
    assertThat(jones.sentiment().score()).isNegative();
  }

}
