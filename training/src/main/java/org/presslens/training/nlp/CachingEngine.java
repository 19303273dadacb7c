package org.presslens.training.nlp;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.ForwardingNlpEngine;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import tools.jackson.databind.JsonNode;

/**
 * An NLP engine that answers from an annotation cache on disk (gzipped JSONL, one {@code {"text", "doc"}} per
 * article, appended to as articles are annotated), so that reruns of an evaluation skip the NLP engine. A cached
 * document is used only when it has every layer asked for. The cache is only valid for the engine configuration it
 * was written with: use one file per configuration.
 */
public final class CachingEngine extends ForwardingNlpEngine implements AutoCloseable {

  private final Map<String, NlpDocument> docs = new ConcurrentHashMap<>();
  private final Writer out;

  /** Reads {@code cache} if it exists, and appends to it. */
  public CachingEngine(NlpEngine delegate, Path cache) {
    super(delegate);
    try {
      if (Files.exists(cache)) {
        load(cache);
      }
      if (cache.toAbsolutePath().getParent() != null) {
        Files.createDirectories(cache.toAbsolutePath().getParent());
      }
      // concatenated gzip members read back as one stream
      out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(cache,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND), true), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the annotation cache " + cache + ": " + e.getMessage(), e);
    }
  }

  /** Whether the cache holds {@code text} annotated with at least {@code layers}. */
  public boolean has(String text, Set<NlpLayer<?>> layers) {
    NlpDocument cached = docs.get(text);
    return cached != null && cached.layers().containsAll(layers);
  }

  /** The number of cached documents. */
  public int size() {
    return docs.size();
  }

  /** Loads nothing ahead: the engine's models load on the first article the cache does not hold. */
  @Override
  public void load(Set<NlpLayer<?>> layers) {
  }

  @Override
  public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
    if (has(article.text(), layers)) {
      return docs.get(article.text());
    }
    NlpDocument doc = super.annotate(article, input, layers);
    docs.put(article.text(), doc);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("text", article.text());
    line.put("doc", doc);
    String json = PresslensJson.mapper().writeValueAsString(line);
    synchronized (out) {
      try {
        out.write(json);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot append to the annotation cache: " + e.getMessage(), e);
      }
    }
    return doc;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void load(Path cache) throws IOException {
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
        docs.put(node.get("text").asString(), PresslensJson.mapper().treeToValue(node.get("doc"), NlpDocument.class));
      }
    } catch (java.io.EOFException e) {
      // a run that was stopped mid-write: keep what was read
    }
  }
}
