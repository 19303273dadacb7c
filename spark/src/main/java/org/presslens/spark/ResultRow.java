package org.presslens.spark;

import java.io.Serializable;
import java.sql.Date;

/**
 * One row per analyzer result per article of the Parquet table {@code results}: every analyzer's result, plugins
 * included, as its JSON ({@code result}), next to the article's id, outlet and date. Query a result's fields with
 * Spark SQL's JSON functions, e.g. {@code get_json_object(result, '$.speakers[0].name')} or
 * {@code from_json(result, schema)}.
 */
public class ResultRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String input;
  private String articleId;
  private String outlet;
  private Date published;
  private String month;
  private String analyzer;
  private String result;

  public String getInput() {
    return input;
  }

  public void setInput(String input) {
    this.input = input;
  }

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String articleId) {
    this.articleId = articleId;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public Date getPublished() {
    return published;
  }

  public void setPublished(Date published) {
    this.published = published;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  /** The analyzer's name: the key of its result in the report. */
  public String getAnalyzer() {
    return analyzer;
  }

  public void setAnalyzer(String analyzer) {
    this.analyzer = analyzer;
  }

  /** The result as compact JSON, exactly as in the report. */
  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }
}
