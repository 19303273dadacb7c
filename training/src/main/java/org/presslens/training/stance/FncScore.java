package org.presslens.training.stance;

import org.presslens.analyzers.stance.claim.ClaimModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.presslens.training.ml.Metrics;

/**
 * The official FNC-1 score: 0.25 for each pair whose related/unrelated decision is right, plus 0.75 for each related
 * pair whose label (agree, disagree, discuss) is exactly right; relative to the score of a perfect prediction.
 * Also macro-F1 over the four classes.
 */
public final class FncScore {

  private final Metrics metrics = new Metrics(4);
  private double score;
  private double max;

  public void add(int gold, int predicted) {
    metrics.add(gold, predicted);
    boolean goldRelated = gold != ClaimModel.UNRELATED;
    boolean predRelated = predicted != ClaimModel.UNRELATED;
    max += goldRelated ? 1.0 : 0.25;
    if (goldRelated == predRelated) {
      score += 0.25;
      if (goldRelated && gold == predicted) {
        score += 0.75;
      }
    }
  }

  public int count() {
    return metrics.count();
  }

  public double score() {
    return score;
  }

  public double maxScore() {
    return max;
  }

  public double relativeScore() {
    return max == 0 ? 0 : score / max;
  }

  public double f1Macro() {
    double s = 0;
    for (int c = 0; c < 4; c++) {
      s += metrics.f1(c);
    }
    return s / 4;
  }

  public Metrics metrics() {
    return metrics;
  }

  /** Precision, recall, F1 and gold count of each class, by label name. */
  public Map<String, Map<String, Object>> perClass() {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    int[][] conf = metrics.confusion();
    for (int c = 0; c < 4; c++) {
      int gold = 0;
      for (int v : conf[c]) {
        gold += v;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", gold);
      m.put("precision", Metrics.round(metrics.precision(c)));
      m.put("recall", Metrics.round(metrics.recall(c)));
      m.put("f1", Metrics.round(metrics.f1(c)));
      out.put(ClaimModel.LABELS.get(c), m);
    }
    return out;
  }
}
