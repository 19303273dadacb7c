package org.presslens.training.stance;

import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.analyzers.stance.topic.TopicModels;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.training.ml.Metrics;
import org.presslens.nlp.NlpEngine;

/**
 * Evaluates topic models on a split of the TweetEval layout: F_avg = mean of F1(FAVOR) and F1(AGAINST), computed
 * on the predictions of all targets pooled (micro-averaged over targets, as the SemEval-2016 Task 6A script does),
 * and the same per target.
 */
public final class SemevalEvaluation {

  private SemevalEvaluation() {
  }

  /** Figures of one target or of all. */
  public record Figures(int n, double fAvg, double f1Favor, double f1Against, double accuracy) {
    static Figures of(Metrics m) {
      return new Figures(m.count(), Metrics.round(TopicTraining.fAvg(m)), Metrics.round(m.f1(TopicModel.FAVOR)),
          Metrics.round(m.f1(TopicModel.AGAINST)), Metrics.round(m.accuracy()));
    }
  }

  /** The result: the pooled figures and those of each target. */
  public record Result(Figures all, Map<String, Figures> perTarget) {
  }

  /**
   * Evaluates on {@code split} of every target under {@code data} that has a model in {@code models}.
   *
   * @param limit at most this many tweets per target (0: all), for quick runs
   */
  public static Result evaluate(NlpEngine engine, Path data, String split, TopicModels models, Path cache,
                                int limit, int threads, Consumer<String> log) {
    Metrics pooled = new Metrics(3);
    Map<String, Figures> per = new LinkedHashMap<>();
    for (String target : SemevalData.targets(data, split)) {
      TopicModel model = models.get(target).orElse(null);
      if (model == null) {
        log.accept("no model for target '" + target + "': skipped");
        continue;
      }
      SemevalData.Split s = SemevalData.read(data, target, split).head(limit);
      List<DocData> docs = AnnotatedTexts.annotate(engine, s.texts(), cache, threads,
          target + " " + split + " tweets", log);
      Metrics m = new Metrics(3);
      for (int i = 0; i < docs.size(); i++) {
        m.add(s.labels().get(i), TopicTraining.argmax(model.probabilities(docs.get(i).tokens(), s.texts().get(i))));
      }
      pooled.addAll(m);
      per.put(target, Figures.of(m));
    }
    if (per.isEmpty()) {
      throw new IllegalArgumentException("no target under " + data + " has a model");
    }
    return new Result(Figures.of(pooled), per);
  }
}
