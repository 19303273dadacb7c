package org.presslens.spark;

import java.io.Serializable;

/**
 * One input of a job, as a Spark row (a Java bean, for {@code Encoders.bean}): a file to read on the executor, one
 * line of a JSONL file, or an input that cannot be used at all ({@link #getProblem()} set), which still yields one
 * error row. Rows are analyzed and written in ({@link #getOrdinal()}, {@link #getLine()}) order.
 */
public class ArticleInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private long ordinal;
  private long line;
  private String name;
  private String path;
  private String text;
  private String problem;

  public ArticleInput() {
  }

  private ArticleInput(long ordinal, long line, String name, String path, String text, String problem) {
    this.ordinal = ordinal;
    this.line = line;
    this.name = name;
    this.path = path;
    this.text = text;
    this.problem = problem;
  }

  /** A file named {@code name} (as the CLI names it), read from the fully qualified {@code path}. */
  public static ArticleInput file(long ordinal, String name, String path) {
    return new ArticleInput(ordinal, 0, name, path, null, null);
  }

  /** Line {@code line} (1-based) of JSONL file number {@code ordinal}: one article (or report) as JSON. */
  public static ArticleInput jsonLine(long ordinal, long line, String name, String text) {
    return new ArticleInput(ordinal, line, name, null, text, null);
  }

  /** An input that cannot be used; it becomes the error record {@code "<name>: <problem>"}. */
  public static ArticleInput broken(long ordinal, String name, String problem) {
    return new ArticleInput(ordinal, 0, name, null, null, problem);
  }

  /** Position of the file (or of the JSONL file) among all inputs: the CLI's input order. */
  public long getOrdinal() {
    return ordinal;
  }

  public void setOrdinal(long ordinal) {
    this.ordinal = ordinal;
  }

  /** 1-based line in a JSONL file; 0 for a whole file. */
  public long getLine() {
    return line;
  }

  public void setLine(long line) {
    this.line = line;
  }

  /** The input's name: the article's {@code source} and the {@code input} of its error record. */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The qualified Hadoop path of a file input (file:, hdfs:, s3a:, ...), or null. */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  /** The article JSON of a JSONL line, or null. */
  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** Why the input cannot be used, or null. */
  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  @Override
  public String toString() {
    return "ArticleInput[" + ordinal + ":" + line + " " + name + "]";
  }
}
