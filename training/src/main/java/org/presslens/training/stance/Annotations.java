package org.presslens.training.stance;

import org.presslens.analyzers.stance.data.DocData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import tools.jackson.core.type.TypeReference;

/**
 * Annotates training and evaluation texts (tweets, article bodies) through the shared {@link NlpEngine}, the same
 * layer the analyzer sees at analysis time, with the layers {@link #LAYERS}; optionally caches the result under a
 * directory (keyed by a hash of the texts), because annotating thousands of bodies takes minutes.
 */
public final class Annotations {

  /** Tokens, POS and lemmas: what the trained stance models use. */
  public static final Set<NlpLayer<?>> LAYERS = Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA);

  private Annotations() {
  }

  /** The article the engine annotates for one text: one paragraph per blank-line-separated block. */
  public static Article article(String text) {
    Article.Builder b = Article.builder().language("en");
    for (String block : text.split("\\n\\s*\\n")) {
      String p = block.strip();
      if (!p.isEmpty()) {
        b.paragraph(p);
      }
    }
    return b.build();
  }

  /**
   * Annotates every text (in parallel on {@code threads} threads). With a {@code cacheDir}, annotations are kept in
   * {@code cacheDir/<name>.json.gz}, keyed by a hash of each text: only texts not there yet reach the engine.
   */
  public static List<DocData> annotate(NlpEngine engine, List<String> texts, Path cacheDir, String name, int threads,
                                       Consumer<String> log) {
    Path cache = cacheDir == null ? null : cacheDir.resolve(name + ".json.gz");
    Map<String, DocData> cached = new HashMap<>();
    if (cache != null && Files.isRegularFile(cache)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(cache))) {
        cached.putAll(PresslensJson.mapper().readValue(in, new TypeReference<Map<String, DocData>>() { }));
      } catch (IOException | RuntimeException e) {
        log.accept("ignoring unreadable cache " + cache + ": " + e.getMessage());
      }
    }
    String[] keys = new String[texts.size()];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      keys[i] = hash(texts.get(i));
      if (!cached.containsKey(keys[i])) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      long start = System.nanoTime();
      Map<String, DocData> fresh = new java.util.concurrent.ConcurrentHashMap<>();
      AtomicInteger done = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i : missing) {
          futures.add(pool.submit(() -> {
            String t = texts.get(i);
            fresh.put(keys[i], t.isBlank() ? new DocData(List.of()) : DocData.of(engine.annotate(article(t), LAYERS)));
            int d = done.incrementAndGet();
            if (d % 500 == 0) {
              log.accept("annotated " + d + "/" + missing.size() + " " + name);
            }
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
      log.accept(String.format(java.util.Locale.ROOT, "annotated %d %s texts in %.1f s", missing.size(), name,
          (System.nanoTime() - start) / 1e9));
      cached.putAll(fresh);
      if (cache != null) {
        try {
          Files.createDirectories(cacheDir);
          Path tmp = cacheDir.resolve(name + ".json.gz.tmp");
          try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp))) {
            PresslensJson.mapper().writeValue(os, cached);
          }
          Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    } else if (cache != null) {
      log.accept("read " + texts.size() + " annotated " + name + " texts from " + cache);
    }
    List<DocData> out = new ArrayList<>(texts.size());
    for (String k : keys) {
      out.add(cached.get(k));
    }
    return out;
  }

  /** The cache key of one text (and of the layers it is annotated with). */
  static String hash(String text) {
    return com.google.common.hash.Hashing.sha256().newHasher().putString(LAYERS.toString(), StandardCharsets.UTF_8)
        .putString(text, StandardCharsets.UTF_8).hash().toString().substring(0, 20);
  }
}
