package org.presslens.nlp;

import java.util.Set;
import org.presslens.model.Article;

/**
 * An NLP engine: computes some layers of an article, once per article, and returns them in presslens's own model.
 * It declares the layers it {@linkplain #produces() produces} and the layers it {@linkplain #consumes() consumes}
 * (computed by other engines before it); the pipeline chooses one producer per layer, runs the engines a run needs
 * in an order that satisfies what they consume, and loads no other. Implementations are thread-safe and load their
 * models lazily, only for the layers asked for; creating one is cheap.
 */
public interface NlpEngine {

  /** The stable, lower-case name, e.g. {@code corenlp}: in messages, and to pick an engine by name. */
  String name();

  /** The layers this engine can compute. */
  Set<NlpLayer<?>> produces();

  /** The layers this engine reads from the document computed before it; none by default. */
  default Set<NlpLayer<?>> consumes() {
    return Set.of();
  }

  /**
   * ISO 639-1 codes of the languages the engine's models are for. The pipeline does not run it on an article in
   * another language (an analyzer that needs one of its layers is skipped, saying why); an article whose language is
   * unknown ({@code und}) is annotated.
   */
  Set<String> languages();

  /**
   * Computes {@code layers} (and the layers they imply that this engine produces) of {@code article.text()} in one
   * pass and returns what it adds: a document of just those layers, which the pipeline adds to {@code input}.
   *
   * @param input the document so far: holds at least the layers this engine {@linkplain #consumes() consumes}
   * @throws IllegalArgumentException when a layer is not produced by this engine
   */
  NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers);

  /** Computes {@code layers} of an article with no input document: for an engine that consumes nothing. */
  default NlpDocument annotate(Article article, Set<NlpLayer<?>> layers) {
    return annotate(article, NlpDocument.EMPTY, layers);
  }

  /**
   * Loads the models that {@code annotate} needs for {@code layers} now, rather than on the first article, and
   * returns when they are loaded; a no-op by default and when they are already loaded. Thread-safe. The pipeline
   * calls it for all the engines an article needs at once, each on its own thread, before the first article that
   * needs them, so that several engines load their models in parallel. A failure here is not reported: the same
   * failure surfaces from {@code annotate}, as the engine's failure on each article.
   */
  default void load(Set<NlpLayer<?>> layers) {
  }

  /**
   * The smallest maximum heap ({@code -Xmx}), in bytes, with which this engine loads the models of {@code layers}
   * and annotates with them, as measured for the engine; 0 when unknown. The pipeline compares the sum over the
   * engines a run loads with the JVM's maximum heap before any model is loaded, so that too small a heap is a clear
   * error rather than an {@link OutOfMemoryError} out of the first analysis.
   */
  default long requiredHeapBytes(Set<NlpLayer<?>> layers) {
    return 0;
  }
}
