package org.presslens.spi;

/**
 * Analyzes one article at a time. Created once per pipeline by its {@link AnalyzerProvider} and then shared by all
 * threads of that pipeline: implementations must be thread-safe (hold no per-article state in fields).
 *
 * @param <R> the result type: an immutable value that Jackson serializes (a record, typically)
 */
@FunctionalInterface
public interface Analyzer<R> {

  /**
   * Analyzes the article of {@code context}. A runtime exception becomes an entry of the report's {@code failures};
   * the other analyzers still run.
   */
  R analyze(AnalysisContext context);
}
