package org.presslens.training.entities;

import org.presslens.training.ml.ClassificationMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.presslens.training.entities.AnnotatedSentences;
import org.presslens.training.newsmtsc.NewsMtsc;
import org.presslens.nlp.Polarity;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.training.entities.TargetSentimentTraining;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;

/**
 * Evaluates the targeted sentiment model on NewsMTSC-format data: every target of every sentence is predicted
 * (negative / neutral / positive) from the sentence's annotation by the shared NLP engine. A target no token covers
 * counts as predicted neutral.
 */
public final class NewsMtscEvaluation {

  private NewsMtscEvaluation() {
  }

  /** Annotates {@code file}'s sentences with {@code engine} (cached in {@code cache} when not null) and evaluates. */
  public static ClassificationMetrics run(Path file, TargetSentimentModel model, NlpEngine engine, Path cache,
                                          int threads, Consumer<String> log) {
    List<NewsMtsc.Item> items = NewsMtsc.read(file);
    List<String> sentences = new ArrayList<>();
    items.forEach(i -> sentences.add(i.sentence()));
    AnnotatedSentences annotated = AnnotatedSentences.annotate(sentences, engine, cache, threads, log);
    return evaluate(items, annotated, model);
  }

  /** Evaluates {@code model} on {@code items}, whose sentences are in {@code annotated}. */
  public static ClassificationMetrics evaluate(List<NewsMtsc.Item> items, AnnotatedSentences annotated,
                                               TargetSentimentModel model) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    for (NewsMtsc.Item item : items) {
      NlpDocument doc = annotated.get(item.sentence());
      for (NewsMtsc.Target t : item.targets()) {
        Map<String, Double> features = doc == null ? null : TargetSentimentTraining.features(doc, t.from(), t.to());
        Polarity predicted = features == null ? Polarity.NEUTRAL : model.predict(features).polarity();
        metrics.add(t.polarity(), predicted);
      }
    }
    return metrics;
  }

  /** The JSON line of the figures: {@code {"task":"newsmtsc","n":..,"accuracy":..,"f1_macro":..,...}}. */
  public static Map<String, Object> summary(ClassificationMetrics metrics) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("task", "newsmtsc");
    m.putAll(metrics.toMap());
    return m;
  }
}
