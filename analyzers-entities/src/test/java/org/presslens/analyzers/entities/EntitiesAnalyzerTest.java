package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.result.EntitiesResult;
import org.presslens.result.EntitiesResult.Entity;
import org.presslens.result.Voice;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Config;
import org.presslens.spi.ResultKey;

class EntitiesAnalyzerTest {

  private static final String TEXT = "Mayor Ada Brandt met Lisbon officials on Monday. \"Ada Brandt is wrong,\" said"
      + " Tom Reyes of Transit Watch. Brandt left for Lisbon.";

  @Test
  void groupsMentionsByTypeAndNameMapsTypesAndSkipsNonEntities() {
    Article article = Article.builder().paragraph(TEXT).build();
    List<EntityMention> mentions = new ArrayList<>();
    add(mentions, "Ada Brandt", 0, "PERSON");
    add(mentions, "Lisbon", 0, "CITY");
    add(mentions, "Monday", 0, "DATE");
    add(mentions, "Ada Brandt", 1, "PERSON");
    add(mentions, "Tom Reyes", 0, "PERSON");
    add(mentions, "Transit Watch", 0, "ORGANIZATION");
    add(mentions, "Brandt", 2, "PERSON");
    add(mentions, "Lisbon", 1, "CITY");
    NlpDocument nlp = new NlpDocument(Set.of(NlpLayer.NER), List.of(), mentions);

    EntitiesResult r = new EntitiesAnalyzerProvider().create(Config.defaults("entities", List.of()))
        .analyze(context(article, nlp));

    assertThat(r.entities()).extracting(Entity::name)
        .containsExactly("Ada Brandt", "Lisbon", "Tom Reyes", "Transit Watch", "Brandt");
    Entity brandt = r.entities().get(0);
    assertThat(brandt.id()).isEqualTo("person:ada-brandt");
    assertThat(brandt.mentions()).hasSize(2);
    assertThat(brandt.mentions().get(0).voice()).isEqualTo(Voice.AUTHOR);
    assertThat(brandt.mentions().get(1).voice()).isEqualTo(Voice.QUOTED);
    Entity lisbon = r.entities().get(1);
    assertThat(lisbon.type()).isEqualTo("LOCATION");
    assertThat(lisbon.subtype()).isEqualTo("CITY");
    for (Entity e : r.entities()) {
      e.mentions().forEach(m -> assertThat(article.text().substring(m.begin(), m.end())).isEqualTo(m.text()));
    }
  }

  @Test
  void providerIsRegisteredUnderItsName() {
    assertThat(AnalyzerRegistry.discover().lookup(EntitiesAnalyzerProvider.NAME))
        .isInstanceOf(EntitiesAnalyzerProvider.class);
  }

  @Test
  void slugsAreAsciiAndStable() {
    assertThat(EntitiesAnalyzer.slug("Kim Jong-un")).isEqualTo("kim-jong-un");
    assertThat(EntitiesAnalyzer.slug("São Paulo")).isEqualTo("sao-paulo");
  }

  private static void add(List<EntityMention> mentions, String text, int occurrence, String type) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = TEXT.indexOf(text, at + 1);
    }
    mentions.add(new EntityMention(at, at + text.length(), text, type, 0, 0, 1));
  }

  private static AnalysisContext context(Article article, NlpDocument nlp) {
    return new AnalysisContext() {
      @Override
      public Article article() {
        return article;
      }

      @Override
      public NlpDocument nlp() {
        return nlp;
      }

      @Override
      public <T> T result(ResultKey<T> key) {
        throw new IllegalStateException();
      }
    };
  }
}
