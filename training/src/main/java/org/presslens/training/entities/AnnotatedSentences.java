package org.presslens.training.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Sentences annotated by the shared NLP engine with the layers the targeted sentiment model reads
 * ({@link #LAYERS}), optionally cached on disk by a {@link CachingEngine} (the one annotation cache of the evaluations)
 * so that training and evaluation runs annotate each sentence once.
 */
public final class AnnotatedSentences {

  /** The layers the model's features are computed from. */
  public static final Set<NlpLayer<?>> LAYERS = Set.of(NlpLayer.NER, NlpLayer.SENTIMENT);

  private final Map<String, NlpDocument> docs = new HashMap<>();

  private AnnotatedSentences() {
  }

  /**
   * Annotates every distinct sentence of {@code sentences} with {@code engine} on {@code threads} threads, reusing
   * (and extending) the cache file {@code cache} when it is not null.
   */
  public static AnnotatedSentences annotate(Collection<String> sentences, NlpEngine engine, Path cache, int threads,
                                            Consumer<String> progress) {
    try (CachingEngine caching = cache == null ? null : new CachingEngine(engine, cache)) {
      NlpEngine source = caching == null ? engine : caching;
      AnnotatedSentences result = new AnnotatedSentences();
      List<String> todo = new ArrayList<>();
      for (String s : new LinkedHashSet<>(sentences)) {
        if (caching != null && caching.has(s, LAYERS)) {
          result.docs.put(s, source.annotate(article(s), LAYERS));
        } else {
          todo.add(s);
        }
      }
      if (!todo.isEmpty()) {
        progress.accept("annotating " + todo.size() + " sentences (" + result.docs.size() + " cached)");
        annotateAll(todo, source, threads, result, progress);
      }
      return result;
    }
  }

  private static void annotateAll(List<String> todo, NlpEngine source, int threads, AnnotatedSentences result,
                                  Consumer<String> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long start = System.nanoTime();
    try {
      List<Future<NlpDocument>> futures = new ArrayList<>();
      for (String s : todo) {
        futures.add(pool.submit(() -> source.annotate(article(s), LAYERS)));
      }
      for (int i = 0; i < todo.size(); i++) {
        result.docs.put(todo.get(i), futures.get(i).get());
        if ((i + 1) % 250 == 0) {
          double secs = (System.nanoTime() - start) / 1e9;
          progress.accept(String.format("annotated %d/%d sentences in %.0f s", i + 1, todo.size(), secs));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The article a lone sentence is annotated as: one paragraph, English. */
  public static Article article(String sentence) {
    return Article.builder().id("s").language("en").text(sentence, List.of(), List.of()).build();
  }

  /** The annotation of {@code sentence}, or null when it was not annotated. */
  public NlpDocument get(String sentence) {
    return docs.get(sentence);
  }

  public int size() {
    return docs.size();
  }
}
