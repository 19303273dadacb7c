package org.presslens.training.entities;

import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.training.newsmtsc.NewsMtsc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.presslens.training.ml.ClassificationMetrics;
import org.presslens.training.entities.NewsMtscEvaluation;
import org.presslens.nlp.NlpEngine;

/**
 * Trains the targeted sentiment model from NewsMTSC-format training data: annotates the sentences with the shared
 * NLP engine (optionally cached), extracts {@link TargetFeatures}, fits the softmax regression and, when development
 * files are given, reports the figures on them. Only the training file's labels are used for fitting.
 */
public final class EntitySentimentTrainer {

  /** The model and its figures on each development file. */
  public record Result(TargetSentimentModel model, int examples, Map<String, ClassificationMetrics> dev) {
  }

  private EntitySentimentTrainer() {
  }

  public static Result train(Path data, List<Path> devFiles, NlpEngine engine, Path cache, TargetSentimentTraining.Params
      params, int threads, Consumer<String> log) {
    List<NewsMtsc.Item> train = NewsMtsc.read(data);
    Map<Path, List<NewsMtsc.Item>> dev = new LinkedHashMap<>();
    devFiles.forEach(f -> dev.put(f, NewsMtsc.read(f)));
    List<String> sentences = new ArrayList<>();
    train.forEach(i -> sentences.add(i.sentence()));
    dev.values().forEach(items -> items.forEach(i -> sentences.add(i.sentence())));
    AnnotatedSentences annotated = AnnotatedSentences.annotate(sentences, engine, cache, threads, log);
    List<TargetSentimentTraining.Example> examples = TargetSentimentTraining.examples(train, annotated,
        params.furtherMentions());
    log.accept("training on " + examples.size() + " targets");
    List<String> notes = new ArrayList<>();
    notes.add("trained by presslens 'train entity-sentiment' on " + data.getFileName() + " (sha256 " + sha256(data)
        + "): NewsMTSC (Hamborg & Donnay, EACL 2021), " + train.size() + " sentences");
    TargetSentimentModel model = TargetSentimentTraining.train(examples, params, notes);
    Map<String, ClassificationMetrics> figures = new LinkedHashMap<>();
    for (Map.Entry<Path, List<NewsMtsc.Item>> e : dev.entrySet()) {
      figures.put(e.getKey().getFileName().toString(),
          NewsMtscEvaluation.evaluate(e.getValue(), annotated, model));
    }
    return new Result(model, examples.size(), figures);
  }

  static String sha256(Path file) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
