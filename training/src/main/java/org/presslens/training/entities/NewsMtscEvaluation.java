package org.presslens.training.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.analyzers.entities.sentiment.LinearTargetSentimentProvider;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.Sentence;
import org.presslens.training.ml.ClassificationMetrics;
import org.presslens.training.newsmtsc.NewsMtsc;

/**
 * Evaluates a targeted sentiment model (any model plugin of the entities analyzer, as the analyzer runs it) on
 * NewsMTSC-format data: every target of every sentence is predicted (negative / neutral / positive) from the sentence's
 * annotation by the shared NLP engine, the targets of one sentence in one model call, as the analyzer calls the model
 * once per article. A target no token covers counts as predicted neutral.
 */
public final class NewsMtscEvaluation {

  private NewsMtscEvaluation() {
  }

  /** Annotates {@code file}'s sentences with {@code engine} (cached in {@code cache} when not null) and evaluates. */
  public static ClassificationMetrics run(Path file, TargetSentimentModelProvider.Model model, NlpEngine engine,
                                          Path cache, int threads, Consumer<String> log) {
    List<NewsMtsc.Item> items = NewsMtsc.read(file);
    List<String> sentences = new ArrayList<>();
    items.forEach(i -> sentences.add(i.sentence()));
    AnnotatedSentences annotated = AnnotatedSentences.annotate(sentences, engine, cache, threads, log);
    return evaluate(items, annotated, model);
  }

  /** {@link #run(Path, TargetSentimentModelProvider.Model, NlpEngine, Path, int, Consumer)} of a linear model. */
  public static ClassificationMetrics run(Path file, TargetSentimentModel model, NlpEngine engine, Path cache,
                                          int threads, Consumer<String> log) {
    return run(file, LinearTargetSentimentProvider.of(model), engine, cache, threads, log);
  }

  /** Evaluates the linear {@code model} on {@code items}, whose sentences are in {@code annotated}. */
  public static ClassificationMetrics evaluate(List<NewsMtsc.Item> items, AnnotatedSentences annotated,
                                               TargetSentimentModel model) {
    return evaluate(items, annotated, LinearTargetSentimentProvider.of(model));
  }

  /** Evaluates {@code model} on {@code items}, whose sentences are in {@code annotated}. */
  public static ClassificationMetrics evaluate(List<NewsMtsc.Item> items, AnnotatedSentences annotated,
                                               TargetSentimentModelProvider.Model model) {
    ClassificationMetrics metrics = new ClassificationMetrics();
    for (NewsMtsc.Item item : items) {
      NlpDocument doc = annotated.get(item.sentence());
      List<SentimentTarget> targets = new ArrayList<>();
      List<Integer> index = new ArrayList<>();
      for (NewsMtsc.Target t : item.targets()) {
        Optional<SentimentTarget> target = doc == null ? Optional.empty()
            : target(doc, item.sentence(), t.from(), t.to());
        index.add(target.isPresent() ? targets.size() : -1);
        target.ifPresent(targets::add);
      }
      List<PolarityProbabilities> predicted = targets.isEmpty() ? List.of() : model.predict(targets);
      for (int i = 0; i < item.targets().size(); i++) {
        int k = index.get(i);
        metrics.add(item.targets().get(i).polarity(), k < 0 ? Polarity.NEUTRAL : predicted.get(k).polarity());
      }
    }
    return metrics;
  }

  /**
   * The target {@code [from, to)} of a one-sentence document of {@code text}: in the first of the document's
   * sentences with a token overlapping it, in the author's voice.
   */
  static Optional<SentimentTarget> target(NlpDocument doc, String text, int from, int to) {
    for (Sentence s : doc.sentences()) {
      if (from < s.end() && to > s.begin()) {
        Optional<SentimentTarget> t = SentimentTarget.in(s, text.substring(s.begin(), s.end()), from, to, false);
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  /** The JSON line of the figures: {@code {"task":"newsmtsc","n":..,"accuracy":..,"f1_macro":..,...}}. */
  public static Map<String, Object> summary(ClassificationMetrics metrics) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("task", "newsmtsc");
    m.putAll(metrics.toMap());
    return m;
  }
}
