package org.presslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.SentimentLabel;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;

/** Report lines flatten into article and entity rows. */
class ReportTablesTest {

  @Test
  void flattensAReport() {
    Article article = Article.builder().source("a.txt").title("T").outlet("The Paper")
        .published(java.time.LocalDate.of(2024, 3, 5)).language("en")
        .paragraph("Russia and its ally Kim met in Moscow.").build();
    EntitiesResult entities = new EntitiesResult(List.of(
        new EntitiesResult.Entity("location:russia", "Russia", "LOCATION", "COUNTRY", null,
            List.of(new EntitiesResult.Mention(0, 6, "Russia", EntitiesResult.MentionKind.NAME, null),
                new EntitiesResult.Mention(11, 14, "its", EntitiesResult.MentionKind.PRONOUN, null)),
            new EntitiesResult.EntitySentiment(SentimentLabel.NEGATIVE, -0.4, 0.4, 1)),
        new EntitiesResult.Entity("person:kim", "Kim", "PERSON", null, null, List.of(), null)));
    AnalysisReport report = new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article,
        Map.of("entities", entities), List.of(new Failure("sentiment", "boom")), Map.of("nlp", 3L));
    AnalyzedArticle analyzed = analyzed("a.txt", true, null, PresslensJson.mapper().writeValueAsString(report));

    ArticleRow row = ReportTables.articleRow(analyzed);
    assertThat(row.isOk()).isTrue();
    assertThat(row.getTitle()).isEqualTo("T");
    assertThat(row.getOutlet()).isEqualTo("The Paper");
    assertThat(row.getPublished()).hasToString("2024-03-05");
    assertThat(row.getMonth()).isEqualTo("2024-03");
    assertThat(row.getArticleId()).isEqualTo(article.id()).isNotBlank();
    assertThat(row.getAnalyzers()).containsExactly("entities");
    assertThat(row.getFailures()).containsExactly("sentiment: boom");
    assertThat(row.getEntities()).isEqualTo(2);
    assertThat(row.getSentimentScore()).isNull();

    List<EntityRow> rows = ReportTables.entityRows(analyzed);
    assertThat(rows).allSatisfy(r -> assertThat(r.getArticleId()).isEqualTo(row.getArticleId()));
    assertThat(rows).extracting(EntityRow::getName).containsExactly("Russia", "Kim");
    assertThat(rows.get(0).getSubtype()).isEqualTo("COUNTRY");
    assertThat(rows.get(0).getMentions()).as("the pronoun is not counted").isEqualTo(1);
    assertThat(rows.get(0).getSentimentScore()).isEqualTo(-0.4);
    assertThat(rows.get(0).getSentimentMentions()).isEqualTo(1);
    assertThat(rows.get(0).getMonth()).isEqualTo("2024-03");
    assertThat(rows.get(1).getSentimentLabel()).isNull();
  }

  @Test
  void everyAnalyzersResultPluginsIncludedIsAResultRow() {
    Article article = Article.builder().source("b.txt").outlet("The Paper").language("en")
        .paragraph("\"We stay,\" said Ann Lee.").build();
    Map<String, Object> results = new java.util.LinkedHashMap<>();
    results.put("stance", new StanceResult(List.of(new StanceResult.Stance("Ann Lee", StanceResult.TargetKind.ENTITY,
        null, StanceResult.Label.NONE, 0.5, 0.0, List.of(), "entity-cues-1"))));
    results.put("quotes", Map.of("speakers", List.of(Map.of("name", "Ann Lee", "quotes", 1))));
    AnalysisReport report = new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, results, List.of(), Map.of());
    AnalyzedArticle analyzed = analyzed("b.txt", true, null, PresslensJson.mapper().writeValueAsString(report));

    List<ResultRow> rows = ReportTables.resultRows(analyzed);
    assertThat(rows).extracting(ResultRow::getAnalyzer).containsExactly("stance", "quotes");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.getInput()).isEqualTo("b.txt");
      assertThat(r.getOutlet()).isEqualTo("The Paper");
      assertThat(r.getArticleId()).isEqualTo(article.id());
    });
    assertThat(PresslensJson.mapper().readValue(rows.get(0).getResult(), StanceResult.class))
        .isEqualTo(results.get("stance"));
    assertThat(PresslensJson.mapper().readTree(rows.get(1).getResult()))
        .isEqualTo(PresslensJson.mapper().valueToTree(results.get("quotes")));
    assertThat(ReportTables.resultRows(analyzed("x.txt", false, "x.txt: empty input", "{}"))).isEmpty();
  }

  @Test
  void everyPerArticleTableHasTheSharedColumnsUnderOneName() {
    for (Class<?> table : List.of(ArticleRow.class, EntityRow.class, ResultRow.class, PortrayalRow.class)) {
      assertThat(Encoders.bean(table).schema().fieldNames()).as(table.getSimpleName())
          .contains("input", "articleId", "outlet", "published", "month").doesNotContain("id");
    }
  }

  @Test
  void anErrorRecordIsAnArticleRowWithoutEntities() {
    AnalyzedArticle analyzed = analyzed("x.txt", false, "x.txt: empty input",
        "{\"schemaVersion\":\"1.0\",\"input\":\"x.txt\",\"error\":\"x.txt: empty input\"}");
    ArticleRow row = ReportTables.articleRow(analyzed);
    assertThat(row.isOk()).isFalse();
    assertThat(row.getError()).isEqualTo("x.txt: empty input");
    assertThat(ReportTables.entityRows(analyzed)).isEmpty();
  }

  private static AnalyzedArticle analyzed(String input, boolean ok, String error, String json) {
    AnalyzedArticle a = new AnalyzedArticle();
    a.setInput(input);
    a.setOk(ok);
    a.setError(error);
    a.setJson(json);
    return a;
  }
}
