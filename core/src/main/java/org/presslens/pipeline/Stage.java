package org.presslens.pipeline;

import com.google.common.base.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * One analyzer of a frozen pipeline: its provider, configuration, requirements, and the analyzer created at most once
 * (a failed creation is kept and reported again on every article, not retried).
 */
final class Stage {
  final AnalyzerProvider<?> provider;
  final Config config;
  final Set<Requirement> requirements;
  private final Supplier<Analyzer<?>> analyzer;
  private volatile boolean writable;

  Stage(AnalyzerProvider<?> provider, Config config, Set<Requirement> requirements) {
    this.provider = provider;
    this.config = config;
    this.requirements = Set.copyOf(requirements);
    this.analyzer = new OnceSupplier<>(() -> provider.create(config));
  }

  String name() {
    return provider.name();
  }

  Analyzer<?> analyzer() {
    return analyzer.get();
  }

  /**
   * Fails naming this analyzer when {@code result} cannot be written as JSON (a type without Jackson-visible
   * properties would otherwise become {@code {}}). Checked on the first result only: writability is the type's.
   */
  void checkWritable(Object result) {
    if (writable) {
      return;
    }
    try {
      PresslensJson.mapper().writeValueAsString(result);
    } catch (RuntimeException e) {
      throw new IllegalStateException("analyzer '" + name() + "' returned a " + result.getClass().getName()
          + " that cannot be written as JSON (a result needs Jackson-visible properties, e.g. a record): "
          + e.getMessage(), e);
    }
    writable = true;
  }

  boolean handles(String language) {
    Set<String> languages = provider.languages();
    return languages.isEmpty() || language == null || "und".equals(language) || languages.contains(language);
  }

  /** The NLP layers this analyzer requires, with the layers they imply. */
  Set<NlpLayer<?>> layers() {
    return NlpLayer.closure(requirements.stream().filter(r -> r instanceof NlpLayer<?>)
        .<NlpLayer<?>>map(r -> (NlpLayer<?>) r).toList());
  }

  /**
   * Parses this analyzer's per-article inputs, {@code raw} by key (without the analyzer prefix).
   *
   * @throws IllegalArgumentException for a key that is not one of its per-article options, or a bad value
   */
  Map<String, Object> articleValues(Map<String, Object> raw) {
    Map<String, Object> values = new LinkedHashMap<>();
    raw.forEach((key, value) -> {
      ConfigOption<?> option = provider.articleOptions().stream().filter(o -> o.key().equals(key)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("analyzer '" + name() + "' takes no per-article input '"
              + key + "'; its per-article inputs: " + (provider.articleOptions().isEmpty() ? "none"
              : provider.articleOptions().stream().map(o -> "'" + name() + "." + o.key() + "'").toList())));
      values.put(key, option.parse(name(), value));
    });
    return values;
  }

  Set<ResultKey<?>> requiredResults() {
    return requirements.stream().filter(r -> r instanceof ResultKey<?>).<ResultKey<?>>map(r -> (ResultKey<?>) r)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
