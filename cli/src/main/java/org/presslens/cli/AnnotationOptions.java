package org.presslens.cli;

import java.nio.file.Path;
import java.util.Map;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import picocli.CommandLine.Option;

/**
 * The options of the stance commands that annotate a data set themselves ({@code eval semeval}, {@code eval fnc},
 * {@code train stance}): the annotation cache, a limit for a quick run, the annotation threads; and the NLP engine.
 */
final class AnnotationOptions {

  @Option(names = "--cache", paramLabel = "FILE",
      description = "annotation cache (gzipped JSONL, created or extended) so that reruns skip the NLP engine")
  Path cache;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
      description = "at most N texts: tweets per target (SemEval), bodies (FNC-1) (default: all)")
  int limit;

  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "N", description = "annotation threads")
  int threads;

  /** The NLP engine of the class path, with its defaults. */
  static NlpEngine engine() {
    return NlpEngines.create(Thread.currentThread().getContextClassLoader(), Map.of());
  }
}
