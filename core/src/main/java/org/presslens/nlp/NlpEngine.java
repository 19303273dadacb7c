package org.presslens.nlp;

import java.util.Set;
import org.presslens.model.Article;

/**
 * The shared NLP layer: annotates an article once with a set of layers and returns presslens's own model of the
 * result. Implementations are thread-safe and load their models lazily, only for the layers asked for.
 */
public interface NlpEngine {

  /** The layers this engine can compute. */
  Set<NlpLayer> supportedLayers();

  /** ISO 639-1 codes of the languages the engine's models are for. */
  Set<String> languages();

  /**
   * Annotates {@code article.text()} with {@code layers} (and the layers they imply) in one pass.
   *
   * @throws IllegalArgumentException when a layer is not supported
   */
  NlpDocument annotate(Article article, Set<NlpLayer> layers);

  /**
   * The smallest maximum heap ({@code -Xmx}), in bytes, with which this engine loads the models of {@code layers}
   * and annotates with them, as measured for the engine; 0 when unknown. The pipeline compares it with the JVM's
   * maximum heap before any model is loaded, so that too small a heap is a clear error rather than an
   * {@link OutOfMemoryError} out of the first analysis.
   */
  default long requiredHeapBytes(Set<NlpLayer> layers) {
    return 0;
  }
}
