package org.presslens.training.stance;

import org.presslens.training.ml.SoftmaxTraining;
import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.analyzers.stance.topic.TopicFeatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.training.ml.Metrics;
import org.presslens.ml.SparseSoftmax;
import org.presslens.nlp.NlpEngine;

/**
 * Trains one {@link TopicModel} per target from the {@code train} split of the TweetEval layout (never from
 * {@code val} or {@code test}): features from the shared NLP layer, a feature dictionary of the features seen in
 * at least {@link #MIN_COUNT} training tweets, and the L2 penalty chosen by 5-fold cross-validation on train
 * (F_avg), then a fit on all of train.
 */
public final class TopicTraining {

  static final int MIN_COUNT = 2;
  static final double[] L2_GRID = {0.1, 0.3, 1.0};
  static final int MAX_ITERATIONS = 300;

  private TopicTraining() {
  }

  /** Settings: the data folder, where models go, an annotation cache file (or null), and a cap on tweets per target. */
  public record Settings(Path data, Path out, Path cache, int limit, int threads) {
  }

  /** Trains every target found under {@code settings.data()}; returns the models by target. */
  public static Map<String, TopicModel> trainAll(NlpEngine engine, Settings s, Consumer<String> log) {
    Map<String, TopicModel> models = new LinkedHashMap<>();
    for (String target : SemevalData.targets(s.data(), "train")) {
      SemevalData.Split train = SemevalData.read(s.data(), target, "train").head(s.limit());
      List<DocData> docs = AnnotatedTexts.annotate(engine, train.texts(), s.cache(), s.threads(),
          target + " train tweets", log);
      TopicModel model = train(target, docs, train.texts(), train.labels(), log);
      models.put(target, model);
      if (s.out() != null) {
        try {
          model.write(s.out().resolve(target + ".model.gz"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return models;
  }

  /** Trains one target's model on annotated tweets and their labels (0 none, 1 against, 2 favor). */
  public static TopicModel train(String target, List<DocData> docs, List<String> texts, List<Integer> labels,
                                 Consumer<String> log) {
    List<Map<String, Double>> features = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      features.add(TopicFeatures.extract(docs.get(i).tokens(), texts.get(i)));
    }
    int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
    double bestL2 = L2_GRID[0];
    double bestF = -1;
    for (double l2 : L2_GRID) {
      Metrics cv = new Metrics(3);
      for (int fold = 0; fold < 5; fold++) {
        List<Integer> trainIdx = new ArrayList<>();
        List<Integer> testIdx = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
          (i % 5 == fold ? testIdx : trainIdx).add(i);
        }
        Fitted fitted = fit(features, y, trainIdx, l2);
        for (int i : testIdx) {
          cv.add(y[i], argmax(fitted.model.probabilities(TopicModel.sample(fitted.index, features.get(i), false))));
        }
      }
      double f = fAvg(cv);
      log.accept(String.format(Locale.ROOT, "%s: l2=%.2f cv F_avg=%.4f", target, l2, f));
      if (f > bestF) {
        bestF = f;
        bestL2 = l2;
      }
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      all.add(i);
    }
    Fitted fitted = fit(features, y, all, bestL2);
    List<String> notes = List.of(
        "SemEval-2016 Task 6A target '" + target + "' (TweetEval layout: cardiffnlp/tweeteval datasets/stance/"
            + target + "), split train only, " + y.length + " tweets",
        "features: TopicFeatures (word 1-3-grams, lemmas, negation scope, char 2-5-grams, hashtags, VADER sums),"
            + " min count " + MIN_COUNT + ", " + fitted.index.size() + " features",
        String.format(Locale.ROOT, "softmax regression, L2 %.2f chosen by 5-fold CV on train (cv F_avg %.4f)",
            bestL2, bestF),
        "reproduce: ./presslens train stance --data ../shared/data/semeval2016-stance --out DIR");
    log.accept(String.format(Locale.ROOT, "%s: trained on %d tweets, %d features, l2=%.2f", target, y.length,
        fitted.index.size(), bestL2));
    return new TopicModel(target, fitted.index, fitted.model, notes);
  }

  private record Fitted(Map<String, Integer> index, SparseSoftmax model) {
  }

  private static Fitted fit(List<Map<String, Double>> features, int[] y, List<Integer> rows, double l2) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i : rows) {
      for (String k : features.get(i).keySet()) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey).sorted()
        .forEach(k -> index.put(k, index.size()));
    List<SparseSoftmax.Sample> samples = new ArrayList<>();
    int[] ys = new int[rows.size()];
    for (int j = 0; j < rows.size(); j++) {
      samples.add(TopicModel.sample(index, features.get(rows.get(j)), true));
      ys[j] = y[rows.get(j)];
    }
    double[] cw = classWeights(ys, 3);
    return new Fitted(index, SoftmaxTraining.train(samples, ys, 3, index.size(), l2, cw, MAX_ITERATIONS));
  }

  /** Inverse-frequency class weights, normalised to mean 1 over the samples. */
  static double[] classWeights(int[] y, int classes) {
    double[] counts = new double[classes];
    for (int v : y) {
      counts[v]++;
    }
    double[] w = new double[classes];
    for (int c = 0; c < classes; c++) {
      w[c] = counts[c] == 0 ? 0 : y.length / (classes * counts[c]);
    }
    // soften: square root of the inverse frequency
    for (int c = 0; c < classes; c++) {
      w[c] = Math.sqrt(w[c]);
    }
    return w;
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The SemEval-2016 6A measure: mean of F1(FAVOR) and F1(AGAINST). */
  public static double fAvg(Metrics m) {
    return m.fAvg(TopicModel.FAVOR, TopicModel.AGAINST);
  }
}
