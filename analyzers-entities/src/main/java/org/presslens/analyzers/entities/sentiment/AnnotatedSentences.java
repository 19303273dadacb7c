package org.presslens.analyzers.entities.sentiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import tools.jackson.databind.JsonNode;

/**
 * Sentences annotated by the shared NLP engine with the layers the targeted sentiment model reads
 * ({@link #LAYERS}), optionally cached on disk (gzipped JSONL, one {@code {"text", "doc"}} per line, appended to as
 * sentences are annotated) so that training and evaluation runs annotate each sentence once.
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
    AnnotatedSentences result = new AnnotatedSentences();
    if (cache != null && Files.exists(cache)) {
      result.load(cache);
    }
    List<String> todo = new ArrayList<>();
    for (String s : new LinkedHashSet<>(sentences)) {
      if (!result.docs.containsKey(s)) {
        todo.add(s);
      }
    }
    if (todo.isEmpty()) {
      return result;
    }
    progress.accept("annotating " + todo.size() + " sentences (" + result.docs.size() + " cached)");
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long start = System.nanoTime();
    try (Writer out = cache == null ? Writer.nullWriter() : appender(cache)) {
      List<Future<NlpDocument>> futures = new ArrayList<>();
      for (String s : todo) {
        futures.add(pool.submit(() -> engine.annotate(article(s), LAYERS)));
      }
      for (int i = 0; i < todo.size(); i++) {
        NlpDocument doc = futures.get(i).get();
        result.docs.put(todo.get(i), doc);
        Map<String, Object> line = new java.util.LinkedHashMap<>();
        line.put("text", todo.get(i));
        line.put("doc", doc);
        out.write(PresslensJson.mapper().writeValueAsString(line));
        out.write('\n');
        if ((i + 1) % 250 == 0) {
          out.flush();
          double secs = (System.nanoTime() - start) / 1e9;
          progress.accept(String.format("annotated %d/%d sentences in %.0f s", i + 1, todo.size(), secs));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return result;
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

  private void load(Path cache) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode node;
        try {
          node = PresslensJson.mapper().readTree(line);
        } catch (RuntimeException e) {
          break; // a line cut short by a run that was stopped mid-write
        }
        docs.put(node.get("text").asString(),
            PresslensJson.mapper().treeToValue(node.get("doc"), NlpDocument.class));
      }
    } catch (java.io.EOFException e) {
      // a run that was stopped mid-write: keep what was read
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the annotation cache " + cache + ": " + e.getMessage(), e);
    }
  }

  private static Writer appender(Path cache) throws IOException {
    if (cache.getParent() != null) {
      Files.createDirectories(cache.getParent());
    }
    // concatenated gzip members read back as one stream
    return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(cache,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true), StandardCharsets.UTF_8));
  }
}
