package org.presslens.bench.inprocess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.pipeline.Pipeline;

/**
 * The pipeline options of the run ({@code <analyzer>.<key>}, {@code nlp.<key>}, {@code pipeline.<key>}), and the
 * parts of them that one owner or one selection of analyzers takes.
 *
 * @param options all options, in the order given
 */
record PipelineOptions(Map<String, String> options) {

  /** The options of {@code owner} (an analyzer, or {@link Pipeline#NLP}), keys without the owner's prefix. */
  Map<String, String> own(String owner) {
    Map<String, String> m = new LinkedHashMap<>();
    options.forEach((k, v) -> {
      if (k.startsWith(owner + ".")) {
        m.put(k.substring(owner.length() + 1), v);
      }
    });
    return m;
  }

  /** The options of the CoreNLP layer, keys without {@code nlp.}. */
  Map<String, String> nlp() {
    return own(Pipeline.NLP);
  }

  /** The options a pipeline of only {@code analyzers} accepts: theirs, the NLP layer's and the pipeline's. */
  Map<String, String> forAnalyzers(List<String> analyzers) {
    Map<String, String> m = new LinkedHashMap<>();
    options.forEach((k, v) -> {
      String owner = k.contains(".") ? k.substring(0, k.indexOf('.')) : "";
      if (owner.equals(Pipeline.NLP) || owner.equals(Pipeline.PIPELINE) || analyzers.contains(owner)) {
        m.put(k, v);
      }
    });
    return m;
  }
}
