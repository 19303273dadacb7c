package org.presslens.spark;

import java.io.Serializable;

/**
 * What one input yielded, as a Spark row (a Java bean): its JSONL line, a report or an error record exactly as
 * {@code presslens analyze --format jsonl} writes it, and whether it is a report ({@link #isOk()}).
 */
public class AnalyzedArticle implements Serializable {
  private static final long serialVersionUID = 1L;

  private long ordinal;
  private long line;
  private String input;
  private boolean ok;
  private String error;
  private String json;

  public AnalyzedArticle() {
  }

  AnalyzedArticle(ArticleInput in, boolean ok, String error, String json) {
    this.ordinal = in.getOrdinal();
    this.line = in.getLine();
    this.input = in.getName();
    this.ok = ok;
    this.error = error;
    this.json = json;
  }

  public long getOrdinal() {
    return ordinal;
  }

  public void setOrdinal(long ordinal) {
    this.ordinal = ordinal;
  }

  public long getLine() {
    return line;
  }

  public void setLine(long line) {
    this.line = line;
  }

  /** The input's name. */
  public String getInput() {
    return input;
  }

  public void setInput(String input) {
    this.input = input;
  }

  /** True for a report (possibly with analyzer failures inside), false for an error record. */
  public boolean isOk() {
    return ok;
  }

  public void setOk(boolean ok) {
    this.ok = ok;
  }

  /** The error record's message, or null. */
  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  /** The JSONL line (without its newline). */
  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }
}
