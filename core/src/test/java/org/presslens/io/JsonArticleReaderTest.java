package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.report.AnalysisReport;
import tools.jackson.databind.node.ObjectNode;

class JsonArticleReaderTest {

  private static Article readJson(String json) {
    return new JsonArticleReader().read("in.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static String write(Object value) {
    return PresslensJson.mapper().writeValueAsString(value);
  }

  @Test
  void roundTripsTheSampleOpEdExactly() {
    Article article = ArticleReaders.read(TestData.sampleOpEd());
    String json = write(article);
    Article back = ArticleReaders.read("copy.json", json.getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(back).isEqualTo(article);
    assertThat(back.source()).isEqualTo(article.source());
    String pretty = PresslensJson.pretty().writeValueAsString(article);
    assertThat(readJson(pretty)).isEqualTo(article);
  }

  @Test
  void missingIdAndLanguageAreDerived() {
    Article a = readJson("{\"text\": \"The council voted on the plan and the mayor said that it was a good day.\"}");
    assertThat(a.id()).isEqualTo(Article.idOf(a.text()));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sections()).isEmpty();
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void readsTheArticleOfAReport() {
    Article article = Article.builder().source("s").title("T").paragraph("Hello there, this is a report text.").build();
    AnalysisReport report = new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, Map.of(), List.of(), Map.of());
    assertThat(readJson(write(report))).isEqualTo(article);
  }

  @Test
  void malformedJsonNamesInputAndLocation() {
    assertThatThrownBy(() -> readJson("{\n  \"text\": \"abc\",\n  \"title\": }"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageStartingWith("in.json: invalid JSON: ")
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> readJson("[1, 2]")).hasMessageStartingWith("in.json: expected a JSON object");
    assertThatThrownBy(() -> readJson("{\"title\": \"no text\"}")).hasMessageContaining("\"text\"");
  }

  @Test
  void violatedSpanInvariantsAreReported() {
    Article article = Article.builder().paragraph("Short text.").build();
    ObjectNode node = PresslensJson.mapper().valueToTree(article);
    ((ObjectNode) node.get("sections").get(0)).put("end", 999);
    assertThatThrownBy(() -> readJson(write(node)))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageStartingWith("in.json: invalid article JSON: ")
        .hasMessageContaining("999");
  }

  @Test
  void jsonIsNeverRepaired() {
    Article article = Article.builder().paragraph("The minister Russiafor example.").build();
    assertThat(readJson(write(article)).text()).contains("Russiafor");
  }
}
