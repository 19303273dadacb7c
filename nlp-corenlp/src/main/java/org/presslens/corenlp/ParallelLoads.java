package org.presslens.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Model loads on threads of their own, so that a pipeline's models load in parallel. Each thread is a daemon that
 * ends with its load.
 */
final class ParallelLoads {

  private static final Executor OWN_THREAD = task -> {
    Thread t = new Thread(task, "presslens-corenlp-load");
    t.setDaemon(true);
    t.start();
  };

  private ParallelLoads() {
  }

  /** Starts {@code load} on a thread of its own. */
  static <T> CompletableFuture<T> start(Supplier<T> load) {
    return CompletableFuture.supplyAsync(load, OWN_THREAD);
  }

  /** The loaded value; a failed load's own exception is rethrown (wrapped only if it is checked). */
  static <T> T join(CompletableFuture<T> load) {
    try {
      return load.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Starts loading the NER annotator of {@code pipelineProperties} into CoreNLP's global annotator cache, where the
   * pipeline factory then finds it: a pipeline of just {@code tokenize,ner} with the same properties (and so the same
   * annotator signatures), built without the requirement check that would load {@code pos} and {@code lemma}
   * first. A failure is ignored: the pipeline's own construction meets it again and reports it.
   */
  static void preloadNer(Properties pipelineProperties) {
    Properties props = new Properties();
    props.putAll(pipelineProperties);
    props.setProperty("annotators", AnnotatorPlan.TOKENIZE + "," + AnnotatorPlan.NER);
    props.setProperty("enforceRequirements", "false");
    start(() -> new StanfordCoreNLP(props));
  }
}
