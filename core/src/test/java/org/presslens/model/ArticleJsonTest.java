package org.presslens.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.testing.TestArticles;
import tools.jackson.databind.JsonNode;

class ArticleJsonTest {

  @Test
  void roundTripsEveryTestArticle() {
    for (Article a : TestArticles.all()) {
      String json = PresslensJson.mapper().writeValueAsString(a);
      assertThat(PresslensJson.mapper().readValue(json, Article.class)).as(json).isEqualTo(a);
      String pretty = PresslensJson.pretty().writeValueAsString(a);
      assertThat(PresslensJson.pretty().readValue(pretty, Article.class)).isEqualTo(a);
    }
  }

  @Test
  void compactOutputIsOneLine() {
    assertThat(PresslensJson.mapper().writeValueAsString(TestArticles.english())).doesNotContain("\n  ")
        .startsWith("{").endsWith("}");
    // the text's own newlines are escaped
    assertThat(PresslensJson.mapper().writeValueAsString(TestArticles.english()).lines()).hasSize(1);
    assertThat(PresslensJson.pretty().writeValueAsString(TestArticles.english()).lines().count()).isGreaterThan(1);
  }

  @Test
  void publishedIsAnIsoDateString() {
    JsonNode tree = PresslensJson.mapper().valueToTree(TestArticles.english());
    assertThat(tree.get("published").isString()).isTrue();
    assertThat(tree.get("published").stringValue()).isEqualTo("2023-10-01");
    assertThat(PresslensJson.mapper().writeValueAsString(TestArticles.english())).contains("\"published\":\"2023-10-01\"");
  }

  @Test
  void fieldsFollowTheRecordOrderAndOnlyComponentsAreWritten() {
    JsonNode tree = PresslensJson.mapper().valueToTree(TestArticles.english());
    List<String> names = new ArrayList<>(tree.propertyNames());
    assertThat(names).containsExactly("id", "source", "title", "authors", "outlet", "published", "language",
        "authorBio", "text", "sections", "repairs", "removed");
    JsonNode section = tree.get("sections").get(1);
    assertThat(new ArrayList<>(section.propertyNames())).containsExactly("heading", "begin", "end", "paragraphs");
    assertThat(new ArrayList<>(section.get("paragraphs").get(0).propertyNames())).containsExactly("begin", "end");
  }

  @Test
  void repairsAndRemovedTextRoundTrip() {
    Article a = TestArticles.withRepair().toBuilder().addRemoved("Share this", "furniture").build();
    Article back = PresslensJson.mapper().readValue(PresslensJson.mapper().writeValueAsString(a), Article.class);
    assertThat(back.repairs()).isEqualTo(a.repairs());
    assertThat(back.removed()).containsExactly(new RemovedText("Share this", "furniture"));
  }
}
