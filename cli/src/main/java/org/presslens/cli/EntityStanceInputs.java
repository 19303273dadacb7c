package org.presslens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.analyzers.stance.entity.EntityStances;
import org.presslens.io.ArticleReaders;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.ForwardingNlpEngine;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.pipeline.NlpEngines;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;

/**
 * What the entity-stance evaluation scores each article from: the article read as the CLI reads it, its shared NLP
 * annotation and the {@code entities} and {@code sentiment} results (one default pipeline of those two analyzers).
 * With a cache directory, each article's inputs are kept as gzipped JSON keyed by a hash of the file's bytes (and the
 * sentence sentiment model when not {@code auto}), so that reruns skip the NLP engine; delete the cache when the
 * reader, the NLP layer or those analyzers change.
 */
final class EntityStanceInputs {

  private final Pipeline pipeline;
  private final ThreadLocal<NlpDocument> lastDocument = new ThreadLocal<>();
  private final Path cache;
  /** Appended to a cache entry's name: the sentence sentiment model when not the default. */
  private final String key;

  /**
   * @param cache          the cache folder, or null
   * @param sentimentModel the sentence sentiment model of the {@code sentiment} analyzer ({@code auto}: its default)
   */
  EntityStanceInputs(Path cache, String sentimentModel) {
    List<NlpEngine> engines = new ArrayList<>();
    for (NlpEngine engine : NlpEngines.createAll(NlpEngines.providers(Thread.currentThread().getContextClassLoader()),
        Map.of())) {
      // the engine of the built-in layers is the one whose document the stance analyzer reads: capture it
      engines.add(!engine.produces().containsAll(NlpLayer.BUILT_IN) ? engine : new ForwardingNlpEngine(engine) {
        @Override
        public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
          NlpDocument doc = super.annotate(article, input, layers);
          lastDocument.set(doc);
          return doc;
        }
      });
    }
    Pipeline.Builder builder = Pipeline.builder().analyzers("entities", "sentiment")
        .option("sentiment.model", sentimentModel);
    engines.forEach(builder::nlpEngine);
    this.pipeline = builder.build();
    this.cache = cache;
    this.key = sentimentModel.equals("auto") ? "" : "-" + sentimentModel;
  }

  /**
   * The report of the {@code entities} and {@code sentiment} analyzers on a short text (a quotation) analyzed as a
   * one-paragraph article, not cached; a failed analyzer is an error naming {@code id} and the cause.
   */
  AnalysisReport analyzeText(String id, String text) {
    Article article = Article.builder().id(id).language("en").paragraph(text).build();
    AnalysisReport report = analyzed(id, article);
    lastDocument.remove();
    return report;
  }

  /** The two analyzers' report on {@code article}; a failed analyzer is an error naming {@code name} and the cause. */
  private AnalysisReport analyzed(Object name, Article article) {
    AnalysisReport report = pipeline.analyze(article);
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException(name + ": " + report.failures().get(0).analyzer() + " failed: "
          + report.failures().get(0).error());
    }
    return report;
  }

  /** The inputs of the article in {@code file}; a failed analyzer is an error naming the file and the cause. */
  EntityStances.Input of(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Path cached = cache == null ? null : cache.resolve(com.google.common.hash.Hashing.sha256().hashBytes(bytes)
        .toString().substring(0, 24) + key + ".json.gz");
    if (cached != null && Files.isRegularFile(cached)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(cached))) {
        return PresslensJson.mapper().readValue(in, EntityStances.Input.class);
      } catch (IOException | RuntimeException e) {
        // unreadable cache entry: analyze again
      }
    }
    Article article = ArticleReaders.read(file);
    lastDocument.remove();
    AnalysisReport report = analyzed(file, article);
    EntityStances.Input input = new EntityStances.Input(article, lastDocument.get(),
        (EntitiesResult) report.results().get("entities"), (SentimentResult) report.results().get("sentiment"));
    lastDocument.remove();
    if (cached != null) {
      try {
        Files.createDirectories(cache);
        Path tmp = Files.createTempFile(cache, "input", ".tmp");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp))) {
          PresslensJson.mapper().writeValue(os, input);
        }
        Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the cache " + cached + ": " + e.getMessage(), e);
      }
    }
    return input;
  }
}
