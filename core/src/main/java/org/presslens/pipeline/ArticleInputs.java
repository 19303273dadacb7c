package org.presslens.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.presslens.spi.ConfigOption;

/**
 * Inputs given with one article rather than to the pipeline: values of analyzers' per-article options
 * ({@link org.presslens.spi.AnalyzerProvider#articleOptions()}), keyed {@code <analyzer>.<key>} like pipeline options
 * (e.g. {@code stance.claims}), so that one frozen pipeline serves a stream of articles with, say, a different claim
 * each. An option not given here keeps the pipeline's value. Values are raw (a string, or a list of strings for
 * list options) and are checked against the option when the article is analyzed. Immutable.
 */
public final class ArticleInputs {

  /** No per-article input: every analyzer uses the pipeline's configuration. */
  public static final ArticleInputs NONE = new ArticleInputs(Map.of());

  private final Map<String, Object> values;

  private ArticleInputs(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Inputs from raw values keyed {@code <analyzer>.<key>}. */
  public static ArticleInputs of(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), copy(Objects.requireNonNull(v, k))));
    return new ArticleInputs(copy);
  }

  /** These inputs plus {@code analyzer}'s {@code option} set to {@code value} (a string or a list of strings). */
  public ArticleInputs with(String analyzer, ConfigOption<?> option, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(values);
    more.put(analyzer + "." + option.key(), copy(Objects.requireNonNull(value, "value")));
    return new ArticleInputs(more);
  }

  private static Object copy(Object value) {
    return value instanceof List<?> list ? List.copyOf(list) : value;
  }

  /** The raw values by {@code <analyzer>.<key>}. */
  public Map<String, Object> asMap() {
    return values;
  }

  /** Whether no input is given. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleInputs other && other.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "ArticleInputs" + values;
  }
}
