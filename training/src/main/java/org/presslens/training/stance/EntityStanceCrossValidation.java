package org.presslens.training.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analyzers.stance.entity.EntityStanceModel;
import org.presslens.analyzers.stance.entity.EntityStances;
import org.presslens.ml.SparseSoftmax;
import org.presslens.training.ml.SoftmaxTraining;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;

/**
 * Fits and cross-validates the {@link EntityStanceModel} on labelled targets. Folds are by editorial (every target
 * of one article in the same fold; article {@code i} in order of first appearance goes to fold {@code i mod k}), so
 * that no fold is scored by a model that saw its article.
 */
public final class EntityStanceCrossValidation {

  private EntityStanceCrossValidation() {
  }

  /** One labelled target with its features and the stance the analyzer gave it. */
  public record Item(String file, EntityStanceGold.Target gold, double[] features, StanceResult.Stance stance) {
  }

  /** A model fitted on all {@code items}. */
  public static EntityStanceModel fit(List<Item> items, double l2, List<String> header) {
    return fit(items.stream().map(Item::features).toList(),
        items.stream().map(i -> i.gold().stance()).toList(), l2, header);
  }

  /**
   * Fits a model: features standardised on {@code x}, classes weighted by inverse frequency (for macro-F1), L2
   * penalty {@code l2}. Deterministic.
   */
  static EntityStanceModel fit(List<double[]> x, List<Label> y, double l2, List<String> header) {
    int f = EntityStanceModel.FEATURES;
    double[] mean = new double[f];
    double[] sd = new double[f];
    for (double[] r : x) {
      for (int i = 0; i < f; i++) {
        mean[i] += r[i] / x.size();
      }
    }
    for (double[] r : x) {
      for (int i = 0; i < f; i++) {
        sd[i] += (r[i] - mean[i]) * (r[i] - mean[i]) / x.size();
      }
    }
    for (int i = 0; i < f; i++) {
      sd[i] = sd[i] < 1e-12 ? 1 : Math.sqrt(sd[i]);
    }
    EntityStanceModel scaler = new EntityStanceModel(mean, sd, SparseSoftmax.of(new double[3][f], new double[3]),
        List.of());
    List<SparseSoftmax.Sample> samples = new ArrayList<>();
    int[] labels = new int[y.size()];
    int[] counts = new int[3];
    for (int i = 0; i < x.size(); i++) {
      samples.add(EntityStanceModel.sample(scaler.standardise(x.get(i))));
      labels[i] = EntityStanceModel.CLASSES.indexOf(y.get(i));
      counts[labels[i]]++;
    }
    double[] weights = new double[3];
    for (int c = 0; c < 3; c++) {
      weights[c] = counts[c] == 0 ? 0 : x.size() / (3.0 * counts[c]);
    }
    SparseSoftmax sm = SoftmaxTraining.train(samples, labels, 3, f, l2, weights, 500);
    return new EntityStanceModel(mean, sd, sm, header);
  }

  /** Every item scored by the model fitted on the other folds. */
  public static List<EntityStanceEvaluation.Case> crossValidate(List<Item> items, int k, double l2) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
    }
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (Item i : items) {
      fold.putIfAbsent(i.file(), fold.size() % k);
    }
    EntityStanceEvaluation.Case[] out = new EntityStanceEvaluation.Case[items.size()];
    for (int f = 0; f < k; f++) {
      List<Item> train = new ArrayList<>();
      for (Item i : items) {
        if (fold.get(i.file()) != f) {
          train.add(i);
        }
      }
      EntityStanceModel model = fit(train, l2, List.of());
      for (int j = 0; j < items.size(); j++) {
        Item i = items.get(j);
        if (fold.get(i.file()) == f) {
          out[j] = new EntityStanceEvaluation.Case(i.file(), i.gold(), decide(model, i));
        }
      }
    }
    return List.of(out);
  }

  private static StanceResult.Stance decide(EntityStanceModel model, Item i) {
    double[] p = model.probabilities(i.features());
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      best = p[c] > p[best] ? c : best;
    }
    Label label = EntityStanceModel.CLASSES.get(best);
    StanceResult.Stance s = i.stance();
    return new StanceResult.Stance(s.target(), s.targetKind(), s.entityId(), label, Math.round(p[best] * 1000) / 1000.0,
        Math.round((p[0] - p[1]) * 1000) / 1000.0, s.evidence(), EntityStances.MODEL);
  }
}
