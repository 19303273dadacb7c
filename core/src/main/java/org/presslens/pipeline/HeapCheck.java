package org.presslens.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.nlp.NlpEngine;

/**
 * Refuses to build a pipeline whose NLP models need more heap than the JVM may use, before any model is loaded:
 * the need is the sum, over the engines the pipeline loads, of what each needs for its layers
 * ({@link NlpEngine#requiredHeapBytes}), and of what the analyzers' own models need beyond them
 * ({@link org.presslens.spi.AnalyzerProvider#requiredHeapBytes}, e.g. a model plugin's). The system property {@value #DISABLE_PROPERTY}{@code =false} switches the
 * check off (the memory benchmark uses it to find the smallest heap that works).
 */
final class HeapCheck {

  /** Set to {@code false} to skip the check. */
  static final String DISABLE_PROPERTY = "presslens.heapCheck";

  private HeapCheck() {
  }

  /**
   * Checks the need of {@code plan} and of the analyzers' models ({@code analyzerModels}, bytes by analyzer name)
   * against this JVM's maximum heap, unless switched off.
   */
  static void require(EnginePlan plan, Map<String, Long> analyzerModels) {
    if (!"false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY))) {
      require(plan, analyzerModels, Runtime.getRuntime().maxMemory());
    }
  }

  /** Checks {@code plan}'s need against {@code maxHeapBytes}. */
  static void require(EnginePlan plan, long maxHeapBytes) {
    require(plan, Map.of(), maxHeapBytes);
  }

  /**
   * Checks {@code plan}'s need against {@code maxHeapBytes}.
   *
   * @throws IllegalStateException naming the need, the engines and their layers, the current maximum heap and how
   *     to raise it
   */
  static void require(EnginePlan plan, Map<String, Long> analyzerModels, long maxHeapBytes) {
    long need = plan.requiredHeapBytes() + analyzerModels.values().stream().mapToLong(Long::longValue).sum();
    if (need > maxHeapBytes) {
      long needMb = mb(need);
      List<String> parts = new ArrayList<>();
      plan.engines().forEach(e -> parts.add(e.name() + " " + plan.layersOf(e)));
      analyzerModels.forEach((name, bytes) -> {
        if (bytes > 0) {
          parts.add(String.format(Locale.ROOT, "the models of analyzer '%s' (%,d MB)", name, mb(bytes)));
        }
      });
      String what = String.join(" and ", parts);
      throw new IllegalStateException(String.format(Locale.ROOT,
          "not enough heap for the NLP models: %s need%s a maximum heap of at least %,d MB, but this"
              + " JVM's is %,d MB (-Xmx%dm); run java with -Xmx%dm or more (the presslens launcher:"
              + " PRESSLENS_JAVA_OPTS=-Xmx%dm), or select analyzers that need fewer models", what,
          parts.size() == 1 ? "s" : "", needMb, mb(maxHeapBytes), mb(maxHeapBytes), roundUp(needMb),
          roundUp(needMb)));
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
