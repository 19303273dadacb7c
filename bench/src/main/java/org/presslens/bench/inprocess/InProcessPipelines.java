package org.presslens.bench.inprocess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ResultKey;

/**
 * The presslens pipelines of the in-process sections, under the run's options: the full one (every analyzer found),
 * built once on first use and shared by the overhead, defaults and threads sections, and one per analyzer.
 */
public final class InProcessPipelines {
  private final PipelineOptions options;
  private Pipeline full;

  /** Pipelines under {@code options} ({@code <analyzer>.<key>}, {@code nlp.<key>}). */
  public InProcessPipelines(Map<String, String> options) {
    this.options = new PipelineOptions(options);
  }

  /** The pipeline of every analyzer found, built on the first call. */
  Pipeline full() {
    if (full == null) {
      full = Pipeline.builder().options(options.options()).build();
    }
    return full;
  }

  /** A pipeline of just {@code analyzers}, with their options. */
  Pipeline of(List<String> analyzers) {
    return Pipeline.builder().analyzers(analyzers).options(options.forAnalyzers(analyzers)).build();
  }

  /** The options of the CoreNLP layer, keys without {@code nlp.}. */
  Map<String, String> nlpOptions() {
    return options.nlp();
  }

  /** {@code name} and the analyzers whose results it requires (transitively), producers first. */
  List<String> withProducers(AnalyzerRegistry registry, String name) {
    Set<String> out = new LinkedHashSet<>();
    addWithProducers(registry, name, out, new TreeSet<>());
    return new ArrayList<>(out);
  }

  private void addWithProducers(AnalyzerRegistry registry, String name, Set<String> out, Set<String> visiting) {
    if (out.contains(name) || !visiting.add(name)) {
      return;
    }
    AnalyzerProvider<?> provider = registry.lookup(name);
    Config config = Config.parse(name, provider.options(), options.own(name));
    provider.requires(config).stream().filter(r -> r instanceof ResultKey<?>).map(r -> ((ResultKey<?>) r).name())
        .sorted().forEach(dep -> addWithProducers(registry, dep, out, visiting));
    out.add(name);
  }
}
