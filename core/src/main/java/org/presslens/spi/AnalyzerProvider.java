package org.presslens.spi;

import java.util.List;
import java.util.Set;

/**
 * The entry point of an analyzer, found with {@link java.util.ServiceLoader}: list its class in
 * {@code META-INF/services/org.presslens.spi.AnalyzerProvider}. A provider is cheap to construct (public no-arg
 * constructor, no model loading); the pipeline calls {@link #create} lazily, once, when the analyzer is first used.
 *
 * @param <R> the type of the analyzer's result
 */
public interface AnalyzerProvider<R> {

  /** The stable, lower-case name ({@code [a-z][a-z0-9-]*}), e.g. {@code sentiment}; also the report key. */
  String name();

  /** The analyzer's version, e.g. {@code 1.0}. */
  String version();

  /** One line saying what the analyzer reports. */
  String description();

  /** The type of the result ({@link #create}'s analyzer returns instances of it). */
  Class<R> resultType();

  /** The key under which other analyzers can require this analyzer's result. */
  default ResultKey<R> resultKey() {
    return ResultKey.of(name(), resultType());
  }

  /** The options this analyzer accepts; any other key is rejected. */
  default List<ConfigOption<?>> options() {
    return List.of();
  }

  /**
   * The options of {@link #options()} that a caller may also give per article, with the article
   * ({@link org.presslens.pipeline.ArticleInputs}, e.g. the claims to take a stance on): the analyzer reads them with
   * {@link AnalysisContext#option}, and the pipeline's configuration is their default. None by default. They cannot
   * change {@link #requires}, which is read from the pipeline's configuration.
   */
  default List<ConfigOption<?>> articleOptions() {
    return List.of();
  }

  /** What the analyzer needs for {@code config}: NLP layers and other analyzers' results. */
  Set<Requirement> requires(Config config);

  /** ISO 639-1 codes of the languages the analyzer handles; empty means any language. */
  default Set<String> languages() {
    return Set.of("en");
  }

  /**
   * The heap the analyzer's own models need for {@code config} beyond the NLP engines' (a model plugin's, for
   * example), in bytes: the pipeline refuses, before loading anything, a JVM whose maximum heap is under the engines'
   * need plus the selected analyzers'. 0 by default (small models).
   */
  default long requiredHeapBytes(Config config) {
    return 0;
  }

  /** Creates the analyzer; may load models. Called at most once per pipeline. */
  Analyzer<R> create(Config config);
}
