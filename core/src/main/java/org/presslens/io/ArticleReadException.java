package org.presslens.io;

/**
 * An input could not be read as an article. The message always starts with the input's name: {@code "<input>:
 * <problem>"}, e.g. {@code "notes.txt: empty input"}.
 */
public class ArticleReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final String problem;

  /** An error about {@code input} (a path or name) described by {@code problem}. */
  public ArticleReadException(String input, String problem) {
    this(input, problem, null);
  }

  /** An error about {@code input} described by {@code problem}, caused by {@code cause}. */
  public ArticleReadException(String input, String problem, Throwable cause) {
    super(input + ": " + problem, cause);
    this.input = input;
    this.problem = problem;
  }

  /** The path or name of the input. */
  public String input() {
    return input;
  }

  /** What was wrong, without the input name. */
  public String problem() {
    return problem;
  }
}
