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
}
