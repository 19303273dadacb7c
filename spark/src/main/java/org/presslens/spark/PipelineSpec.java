package org.presslens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.presslens.io.ArticleFormat;
import org.presslens.io.ReaderOptions;
import org.presslens.pipeline.Pipeline;

/**
 * How to read and analyze, shipped to the executors (small and serializable; the pipeline itself is built there,
 * once per JVM, by {@link ExecutorPipelines}). The same settings as {@code presslens analyze}: analyzers (none = all
 * on the class path), {@code -O} options, input format ({@code auto} = by extension and content) and glued-word
 * repair.
 */
public final class PipelineSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ArrayList<String> analyzers;
  private final LinkedHashMap<String, Object> options;
  private final String inputFormat;
  private final boolean repair;

  private PipelineSpec(List<String> analyzers, Map<String, ?> options, String inputFormat, boolean repair) {
    this.analyzers = new ArrayList<>(analyzers);
    this.options = new LinkedHashMap<>();
    options.forEach((k, v) -> this.options.put(k, v instanceof List<?> l ? new ArrayList<>(l) : String.valueOf(v)));
    this.inputFormat = inputFormat;
    this.repair = repair;
    if (!inputFormat.equalsIgnoreCase("auto")) {
      ArticleFormat.byName(inputFormat); // fails early, on the driver, for an unknown format
    }
  }

  /** Every analyzer on the class path, no options, formats detected, repair on: the CLI's defaults. */
  public static PipelineSpec defaults() {
    return new PipelineSpec(List.of(), Map.of(), "auto", true);
  }

  /**
   * @param analyzers   analyzer names; empty means all found on the class path
   * @param options     {@code <analyzer>.<key>} or {@code nlp.<key>} to a string or a list of strings
   * @param inputFormat {@code auto}, {@code scraped}, {@code text}, {@code json} or {@code html}
   * @param repair      whether words glued where a link was stripped are split
   */
  public static PipelineSpec of(List<String> analyzers, Map<String, ?> options, String inputFormat, boolean repair) {
    return new PipelineSpec(analyzers, options, inputFormat, repair);
  }

  public List<String> analyzers() {
    return List.copyOf(analyzers);
  }

  public Map<String, Object> options() {
    return new LinkedHashMap<>(options);
  }

  /** The explicit input format, or empty for detection. */
  public Optional<ArticleFormat> format() {
    return inputFormat.equalsIgnoreCase("auto") ? Optional.empty() : Optional.of(ArticleFormat.byName(inputFormat));
  }

  public ReaderOptions readerOptions() {
    return repair ? ReaderOptions.DEFAULT : ReaderOptions.NO_REPAIR;
  }

  /**
   * Checks the analyzers and options on the driver (usage errors before Spark starts): builds a pipeline without the
   * heap check, since the driver never analyzes and needs no heap for the models; no models load.
   */
  public void validate() {
    Pipeline.builder().analyzers(analyzers).options(options).checkHeap(false).build();
  }

  /** Builds and freezes a new pipeline (no models are loaded until the first article); on executors use {@link ExecutorPipelines}. */
  public Pipeline build() {
    return Pipeline.builder().analyzers(analyzers).options(options).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PipelineSpec p && analyzers.equals(p.analyzers) && options.equals(p.options)
        && inputFormat.equalsIgnoreCase(p.inputFormat) && repair == p.repair;
  }

  @Override
  public int hashCode() {
    return Objects.hash(analyzers, options, inputFormat.toLowerCase(java.util.Locale.ROOT), repair);
  }

  @Override
  public String toString() {
    return "PipelineSpec[analyzers=" + (analyzers.isEmpty() ? "all" : analyzers) + ", options=" + options
        + ", inputFormat=" + inputFormat + ", repair=" + repair + "]";
  }
}
