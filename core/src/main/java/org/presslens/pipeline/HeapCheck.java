package org.presslens.pipeline;

import java.util.Locale;
import java.util.Set;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;

/**
 * Refuses to build a pipeline whose NLP models need more heap than the JVM may use, before any model is loaded:
 * the need comes from the engine ({@link NlpEngine#requiredHeapBytes}) for the layers the analyzers ask for. The
 * system property {@value #DISABLE_PROPERTY}{@code =false} switches the check off (the memory benchmark uses it to
 * find the smallest heap that works).
 */
final class HeapCheck {

  /** Set to {@code false} to skip the check. */
  static final String DISABLE_PROPERTY = "presslens.heapCheck";

  private HeapCheck() {
  }

  /** Checks {@code engine}'s need for {@code layers} against this JVM's maximum heap, unless switched off. */
  static void require(NlpEngine engine, Set<NlpLayer> layers) {
    if (!"false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY))) {
      require(engine, layers, Runtime.getRuntime().maxMemory());
    }
  }

  /**
   * Checks {@code engine}'s need for {@code layers} against {@code maxHeapBytes}.
   *
   * @throws IllegalStateException naming the need, the layers, the current maximum heap and how to raise it
   */
  static void require(NlpEngine engine, Set<NlpLayer> layers, long maxHeapBytes) {
    if (engine == null || layers.isEmpty()) {
      return;
    }
    long need = engine.requiredHeapBytes(layers);
    if (need > maxHeapBytes) {
      long needMb = mb(need);
      throw new IllegalStateException(String.format(Locale.ROOT,
          "not enough heap for the NLP models: the layers %s need a maximum heap of at least %,d MB, but this"
              + " JVM's is %,d MB (-Xmx%dm); run java with -Xmx%dm or more (the presslens launcher:"
              + " PRESSLENS_JAVA_OPTS=-Xmx%dm), or select analyzers that need fewer models", layers, needMb,
          mb(maxHeapBytes), mb(maxHeapBytes), roundUp(needMb), roundUp(needMb)));
    }
  }

  private static long mb(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }

  /** Rounded up to 256 MB, for a suggestion. */
  private static long roundUp(long mb) {
    return (mb + 255) / 256 * 256;
  }
}
