package org.presslens.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.corpus.ArticlePortrayal;
import org.presslens.corpus.EntityPortrayal;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * Flattens JSONL report lines into rows for SQL: one {@link ArticleRow} per input, one {@link EntityRow} per entity
 * of each article, one {@link ResultRow} per analyzer result of each article (every analyzer, plugins included), one
 * {@link PortrayalRow} per entity identity of each article (for {@link CorpusSql}). Reads the lines as written (schema 1.0; fields a later schema adds are ignored), so any set of
 * presslens reports, the CLI's included, flattens the same way.
 */
public final class ReportTables {

  private ReportTables() {
  }

  /** The article row of one analyzed input. */
  public static ArticleRow articleRow(AnalyzedArticle analyzed) {
    ArticleRow row = new ArticleRow();
    row.setInput(analyzed.getInput());
    row.setOk(analyzed.isOk());
    if (!analyzed.isOk()) {
      row.setError(analyzed.getError());
      return row;
    }
    JsonNode report = PresslensJson.mapper().readTree(analyzed.getJson());
    JsonNode article = report.path("article");
    row.setArticleId(text(article, "id"));
    row.setSource(text(article, "source"));
    row.setTitle(text(article, "title"));
    row.setAuthors(texts(article.path("authors")));
    row.setOutlet(text(article, "outlet"));
    LocalDate published = date(article);
    row.setPublished(published == null ? null : Date.valueOf(published));
    row.setMonth(month(published));
    row.setLanguage(text(article, "language"));
    JsonNode results = report.path("results");
    row.setAnalyzers(new ArrayList<>(results.propertyNames()));
    List<String> failures = new ArrayList<>();
    for (JsonNode f : report.path("failures")) {
      failures.add(text(f, "analyzer") + ": " + text(f, "error"));
    }
    row.setFailures(failures);
    JsonNode document = results.path("sentiment").path("document");
    if (document.isObject()) {
      row.setSentimentLabel(text(document, "label"));
      row.setSentimentScore(number(document, "score"));
      row.setSentimentMagnitude(number(document, "magnitude"));
      row.setSentimentConfidence(number(document, "confidence"));
    }
    JsonNode entities = results.path("entities").path("entities");
    row.setEntities(entities.isArray() ? entities.size() : null);
    return row;
  }

  /** The entity rows of one analyzed input (none for an error record or a report without entities). */
  public static List<EntityRow> entityRows(AnalyzedArticle analyzed) {
    if (!analyzed.isOk()) {
      return List.of();
    }
    JsonNode report = PresslensJson.mapper().readTree(analyzed.getJson());
    JsonNode article = report.path("article");
    LocalDate published = date(article);
    List<EntityRow> rows = new ArrayList<>();
    for (JsonNode e : report.path("results").path("entities").path("entities")) {
      EntityRow row = new EntityRow();
      row.setInput(analyzed.getInput());
      row.setArticleId(text(article, "id"));
      row.setOutlet(text(article, "outlet"));
      row.setPublished(published == null ? null : Date.valueOf(published));
      row.setMonth(month(published));
      row.setEntityId(text(e, "id"));
      row.setName(text(e, "name"));
      row.setType(text(e, "type"));
      row.setSubtype(text(e, "subtype"));
      row.setSalience(number(e, "salience"));
      int naming = 0; // pronouns and nominals refer back to the entity: not counted, as in salience
      for (JsonNode m : e.path("mentions")) {
        naming += refersBack(text(m, "kind")) ? 0 : 1;
      }
      row.setMentions(naming);
      JsonNode sentiment = e.path("sentiment");
      if (sentiment.isObject()) {
        row.setSentimentLabel(text(sentiment, "label"));
        row.setSentimentScore(number(sentiment, "score"));
        row.setSentimentMagnitude(number(sentiment, "magnitude"));
        Double mentions = number(sentiment, "mentions");
        row.setSentimentMentions(mentions == null ? null : mentions.intValue());
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * The result rows of one analyzed input: one per analyzer result in the report, whatever the analyzer (a plugin's
   * too), its result as compact JSON; none for an error record.
   */
  public static List<ResultRow> resultRows(AnalyzedArticle analyzed) {
    if (!analyzed.isOk()) {
      return List.of();
    }
    JsonNode report = PresslensJson.mapper().readTree(analyzed.getJson());
    JsonNode article = report.path("article");
    LocalDate published = date(article);
    List<ResultRow> rows = new ArrayList<>();
    JsonNode results = report.path("results");
    for (String analyzer : results.propertyNames()) {
      ResultRow row = new ResultRow();
      row.setInput(analyzed.getInput());
      row.setArticleId(text(article, "id"));
      row.setOutlet(text(article, "outlet"));
      row.setPublished(published == null ? null : Date.valueOf(published));
      row.setMonth(month(published));
      row.setAnalyzer(analyzer);
      row.setResult(PresslensJson.mapper().writeValueAsString(results.get(analyzer)));
      rows.add(row);
    }
    return rows;
  }

  /**
   * The portrayal rows of one analyzed input: one per entity identity of the article, as presslens-corpus reduces
   * the report ({@link ArticlePortrayal#parse}); none for an error record or a report without entities.
   */
  public static List<PortrayalRow> portrayalRows(AnalyzedArticle analyzed) {
    if (!analyzed.isOk()) {
      return List.of();
    }
    ArticlePortrayal article = ArticlePortrayal.parse(analyzed.getJson());
    List<PortrayalRow> rows = new ArrayList<>();
    for (EntityPortrayal p : article.entities()) {
      PortrayalRow row = new PortrayalRow();
      row.setInput(analyzed.getInput());
      row.setArticleId(article.id());
      row.setSource(article.source());
      row.setAuthors(new ArrayList<>(article.authors()));
      row.setOutlet(article.outlet());
      row.setPublished(article.published() == null ? null : Date.valueOf(article.published()));
      row.setMonth(month(article.published()));
      row.setEntityKey(p.key());
      row.setType(p.type());
      row.setName(p.name());
      row.setMentions(p.mentionCount());
      row.setSalience(p.salience());
      row.setSentiment(p.sentiment());
      row.setStance(p.stance());
      rows.add(row);
    }
    return rows;
  }

  /** Whether a mention kind as written in a report refers back without naming ({@link MentionKind#refersBack}). */
  private static boolean refersBack(String kind) {
    return Arrays.stream(MentionKind.values()).anyMatch(k -> k.refersBack() && k.name().equals(kind));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isString() ? v.stringValue() : null;
  }

  private static Double number(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isNumber() ? v.doubleValue() : null;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      if (v.isString()) {
        out.add(v.stringValue());
      }
    }
    return out;
  }

  private static LocalDate date(JsonNode article) {
    String published = text(article, "published");
    if (published == null) {
      return null;
    }
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String month(LocalDate date) {
    return date == null ? null : date.toString().substring(0, 7);
  }
}
