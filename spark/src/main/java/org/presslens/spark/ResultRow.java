package org.presslens.spark;

/**
 * One row per analyzer result per article of the Parquet table {@code results}: every analyzer's result, plugins
 * included, as its JSON ({@code result}), next to the article's id, outlet and date. Query a result's fields with
 * Spark SQL's JSON functions, e.g. {@code get_json_object(result, '$.speakers[0].name')} or
 * {@code from_json(result, schema)}.
 */
public class ResultRow extends ArticleColumns {
  private static final long serialVersionUID = 1L;

  private String analyzer;
  private String result;

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
