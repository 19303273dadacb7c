package org.presslens.training.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;

/**
 * Annotates the texts of a training or evaluation data set through the shared NLP engine on a few threads, each
 * distinct article text once; with a cache file, through a {@link CachingEngine} (the one annotation cache of the
 * trainers and evaluations), so that reruns skip the engine.
 */
public final class BatchAnnotation {

  private static final int PROGRESS_EVERY = 500;

  private BatchAnnotation() {
  }

  /**
   * The annotations of {@code articles} with {@code layers}, in their order, computed on {@code threads} threads;
   * with a {@code cache} file (or null), read from and added to it. {@code what} names the texts in the progress
   * lines.
   *
   * @throws IllegalStateException when the engine fails on an article, with its cause
   */
  public static List<NlpDocument> annotate(NlpEngine engine, List<Article> articles, Set<NlpLayer<?>> layers,
                                           Path cache, int threads, String what, Consumer<String> progress) {
    try (CachingEngine caching = cache == null ? null : new CachingEngine(engine, cache)) {
      NlpEngine source = caching == null ? engine : caching;
      Map<String, NlpDocument> docs = new LinkedHashMap<>();
      Map<String, Article> todo = new LinkedHashMap<>();
      for (Article a : articles) {
        if (caching != null && caching.has(a.text(), layers)) {
          docs.computeIfAbsent(a.text(), t -> source.annotate(a, layers));
        } else {
          todo.putIfAbsent(a.text(), a);
        }
      }
      if (todo.isEmpty()) {
        progress.accept("read " + docs.size() + " annotated " + what + " from " + cache);
      } else {
        progress.accept("annotating " + todo.size() + " " + what + " (" + docs.size() + " cached)");
        docs.putAll(annotateAll(List.copyOf(todo.values()), source, layers, threads, what, progress));
      }
      List<NlpDocument> out = new ArrayList<>(articles.size());
      for (Article a : articles) {
        out.add(docs.get(a.text()));
      }
      return out;
    }
  }

  private static Map<String, NlpDocument> annotateAll(List<Article> todo, NlpEngine source, Set<NlpLayer<?>> layers,
                                                      int threads, String what, Consumer<String> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long start = System.nanoTime();
    Map<String, NlpDocument> docs = new LinkedHashMap<>();
    try {
      List<Future<NlpDocument>> futures = new ArrayList<>();
      for (Article a : todo) {
        futures.add(pool.submit(() -> source.annotate(a, layers)));
      }
      for (int i = 0; i < todo.size(); i++) {
        docs.put(todo.get(i).text(), futures.get(i).get());
        if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < todo.size()) {
          progress.accept(String.format(Locale.ROOT, "annotated %d/%d %s in %.0f s", i + 1, todo.size(), what,
              seconds(start)));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating " + what, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotating " + what + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    progress.accept(String.format(Locale.ROOT, "annotated %d %s in %.1f s", todo.size(), what, seconds(start)));
    return docs;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
