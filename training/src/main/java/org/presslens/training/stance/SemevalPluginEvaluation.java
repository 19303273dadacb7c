package org.presslens.training.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.training.ml.Metrics;

/**
 * Evaluates a topic stance model plugin ({@link TopicStanceModelProvider}, as {@code stance.topicModel} selects it) on
 * a split of the TweetEval layout through the run-time path: each tweet an article, annotated by the engine of the
 * built-in layers ({@link AnnotatedTexts#LAYERS}) and by the engines of the layers the plugin requires, its stance the
 * model's {@code ofText} over all its sentences; F_avg as {@link SemevalEvaluation} computes it.
 */
public final class SemevalPluginEvaluation {

  private SemevalPluginEvaluation() {
  }

  /** A tweet's gold class and the model's P(NONE), P(AGAINST), P(FAVOR). */
  public record Prediction(int gold, double[] probabilities) {
  }

  /** The predictions of {@code model} on {@code split} of every target under {@code data}, by target. */
  public static Map<String, List<Prediction>> predict(List<NlpEngine> engines, Path data, String split,
                                                      TopicStanceModelProvider provider, int limit,
                                                      Consumer<String> log) {
    TopicStanceModelProvider.Model model = provider.load();
    Map<String, List<Prediction>> out = new LinkedHashMap<>();
    for (String target : SemevalData.targets(data, split)) {
      if (!model.knows(target)) {
        log.accept("no " + provider.name() + " model for target '" + target + "': skipped");
        continue;
      }
      SemevalData.Split s = SemevalData.read(data, target, split).head(limit);
      List<Prediction> predictions = new ArrayList<>();
      for (int i = 0; i < s.texts().size(); i++) {
        Article article = AnnotatedTexts.article(s.texts().get(i));
        NlpDocument nlp = annotate(engines, article, provider.requires());
        predictions.add(new Prediction(s.labels().get(i),
            model.ofText(target, article, nlp, nlp.sentences()).toArray()));
      }
      log.accept(target + " " + split + ": " + predictions.size() + " tweets scored by " + provider.name());
      out.put(target, predictions);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no target under " + data + " has a " + provider.name() + " model");
    }
    return out;
  }

  /** The figures of {@code predictions} (argmax of each), pooled and per target. */
  public static SemevalEvaluation.Result score(Map<String, List<Prediction>> predictions) {
    Metrics pooled = new Metrics(3);
    Map<String, SemevalEvaluation.Figures> per = new LinkedHashMap<>();
    predictions.forEach((target, list) -> {
      Metrics m = new Metrics(3);
      list.forEach(p -> m.add(p.gold(), TopicTraining.argmax(p.probabilities())));
      pooled.addAll(m);
      per.put(target, SemevalEvaluation.Figures.of(m));
    });
    return new SemevalEvaluation.Result(SemevalEvaluation.Figures.of(pooled), per);
  }

  /** {@code article} annotated with the built-in layers, then with each of {@code extra} by the engine producing it. */
  static NlpDocument annotate(List<NlpEngine> engines, Article article, Set<NlpLayer<?>> extra) {
    Set<NlpLayer<?>> builtIn = new LinkedHashSet<>(AnnotatedTexts.LAYERS);
    NlpEngine base = producer(engines, builtIn);
    NlpDocument nlp = base.annotate(article, builtIn);
    for (NlpLayer<?> layer : extra) {
      if (!builtIn.contains(layer)) {
        nlp = copy(producer(engines, Set.of(layer)).annotate(article, nlp, Set.of(layer)), nlp, layer);
      }
    }
    return nlp;
  }

  private static <T> NlpDocument copy(NlpDocument from, NlpDocument to, NlpLayer<T> layer) {
    return to.with(layer, from.layer(layer));
  }

  private static NlpEngine producer(List<NlpEngine> engines, Set<NlpLayer<?>> layers) {
    return engines.stream().filter(e -> e.produces().containsAll(layers)).findFirst().orElseThrow(
        () -> new IllegalStateException("no NLP engine on the class path produces " + layers));
  }
}
