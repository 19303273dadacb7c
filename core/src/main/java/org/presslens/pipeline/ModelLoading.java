package org.presslens.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;

/**
 * Loads, once per pipeline and in parallel, the models an article needs: each NLP engine's models for its layers
 * ({@link NlpEngine#load}) and each analyzer (created on its first use), each on its own thread, so that the cold
 * start to the first report takes as long as the slowest load rather than the sum of all. What is loaded is
 * remembered, so later articles start no thread. A failure is not reported here: it surfaces on the article, as the
 * engine's or the analyzer's failure. Thread-safe; a load is idempotent, so two articles starting at once may both
 * ask for it and both wait for the one load.
 */
final class ModelLoading {

  private record EngineLoad(NlpEngine engine, Set<NlpLayer<?>> layers) {
  }

  private final Set<Object> loaded = ConcurrentHashMap.newKeySet();

  /** Loads what {@code requests} (engine → layers) and {@code stages} need and is not loaded yet; returns when done. */
  void ensureLoaded(Map<NlpEngine, Set<NlpLayer<?>>> requests, List<Stage> stages) {
    List<Object> keys = new ArrayList<>();
    List<Runnable> loads = new ArrayList<>();
    requests.forEach((engine, layers) -> {
      EngineLoad key = new EngineLoad(engine, Set.copyOf(layers));
      if (!loaded.contains(key)) {
        keys.add(key);
        loads.add(() -> engine.load(layers));
      }
    });
    for (Stage stage : stages) {
      if (!loaded.contains(stage)) {
        keys.add(stage);
        loads.add(stage::analyzer);
      }
    }
    if (loads.size() == 1) {
      quietly(loads.get(0));
    } else if (loads.size() > 1) {
      inParallel(loads);
    }
    loaded.addAll(keys);
  }

  private static void inParallel(List<Runnable> loads) {
    List<Thread> threads = new ArrayList<>();
    for (Runnable load : loads) {
      Thread t = new Thread(() -> quietly(load), "presslens-model-load");
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
    boolean interrupted = false;
    for (Thread t : threads) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void quietly(Runnable load) {
    try {
      load.run();
    } catch (RuntimeException e) {
      // the same failure surfaces, with its cause, from the engine or the analyzer on the article
    }
  }
}
