package org.presslens.spark;

import java.util.List;

/**
 * One row per input of the Parquet table {@code articles}: the article's metadata and document sentiment, or the
 * error of an input that could not be read (then only {@code input}, {@code ok} and {@code error} are set). The input,
 * the article's id, outlet, date and month are the {@link ArticleColumns} every per-article table shares. Nullable
 * columns are null when the report has no such value.
 */
public class ArticleRow extends ArticleColumns {
  private static final long serialVersionUID = 1L;

  private boolean ok;
  private String error;
  private String source;
  private String title;
  private List<String> authors;
  private String language;
  private List<String> analyzers;
  private List<String> failures;
  private String sentimentLabel;
  private Double sentimentScore;
  private Double sentimentMagnitude;
  private Double sentimentConfidence;
  private Integer entities;

  public boolean isOk() {
    return ok;
  }

  public void setOk(boolean ok) {
    this.ok = ok;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<String> getAuthors() {
    return authors;
  }

  public void setAuthors(List<String> authors) {
    this.authors = authors;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  /** The analyzers that gave a result. */
  public List<String> getAnalyzers() {
    return analyzers;
  }

  public void setAnalyzers(List<String> analyzers) {
    this.analyzers = analyzers;
  }

  /** {@code "<analyzer>: <error>"} for each analyzer that failed on this article. */
  public List<String> getFailures() {
    return failures;
  }

  public void setFailures(List<String> failures) {
    this.failures = failures;
  }

  public String getSentimentLabel() {
    return sentimentLabel;
  }

  public void setSentimentLabel(String sentimentLabel) {
    this.sentimentLabel = sentimentLabel;
  }

  public Double getSentimentScore() {
    return sentimentScore;
  }

  public void setSentimentScore(Double sentimentScore) {
    this.sentimentScore = sentimentScore;
  }

  public Double getSentimentMagnitude() {
    return sentimentMagnitude;
  }

  public void setSentimentMagnitude(Double sentimentMagnitude) {
    this.sentimentMagnitude = sentimentMagnitude;
  }

  public Double getSentimentConfidence() {
    return sentimentConfidence;
  }

  public void setSentimentConfidence(Double sentimentConfidence) {
    this.sentimentConfidence = sentimentConfidence;
  }

  /** Number of entities found, or null without an entities result. */
  public Integer getEntities() {
    return entities;
  }

  public void setEntities(Integer entities) {
    this.entities = entities;
  }
}
