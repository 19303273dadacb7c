package org.presslens.training.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.presslens.training.ml.Metrics;

/**
 * Chooses the weight {@code w} of the mixture {@code w · P(a) + (1 − w) · P(b)} of two topic stance models from their
 * predictions on the same tweets: the weight of {@link #GRID} with the best pooled F_avg (ties: the weight nearest
 * 0.5, then the smaller), and an honest estimate of that procedure, {@link #crossValidate}: repeated 2-fold splits of
 * the tweets into halves (stratified by target and gold class), the weight chosen on one half and scored on the other.
 */
public final class TopicMixtureSelection {

  /** The weights tried: 0, 0.1, …, 1. */
  public static final List<Double> GRID = List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);

  private final int[] gold;
  private final int[] group;
  private final double[][] a;
  private final double[][] b;

  /** The predictions of the two models on the same tweets (same targets, same order). */
  public TopicMixtureSelection(Map<String, List<SemevalPluginEvaluation.Prediction>> a,
                               Map<String, List<SemevalPluginEvaluation.Prediction>> b) {
    if (!a.keySet().equals(b.keySet())) {
      throw new IllegalArgumentException("the models were scored on different targets: " + a.keySet() + ", "
          + b.keySet());
    }
    List<int[]> rows = new ArrayList<>();
    List<double[]> pa = new ArrayList<>();
    List<double[]> pb = new ArrayList<>();
    int t = 0;
    for (String target : a.keySet()) {
      List<SemevalPluginEvaluation.Prediction> x = a.get(target);
      List<SemevalPluginEvaluation.Prediction> y = b.get(target);
      if (x.size() != y.size()) {
        throw new IllegalArgumentException("target " + target + ": " + x.size() + " and " + y.size() + " tweets");
      }
      for (int i = 0; i < x.size(); i++) {
        rows.add(new int[] {x.get(i).gold(), t * 3 + x.get(i).gold()});
        pa.add(x.get(i).probabilities());
        pb.add(y.get(i).probabilities());
      }
      t++;
    }
    this.gold = rows.stream().mapToInt(r -> r[0]).toArray();
    this.group = rows.stream().mapToInt(r -> r[1]).toArray();
    this.a = pa.toArray(double[][]::new);
    this.b = pb.toArray(double[][]::new);
  }

  /** Pooled F_avg of the mixture with weight {@code w} on the tweets {@code in} accepts. */
  public double fAvg(double w, IntPredicate in) {
    Metrics m = new Metrics(3);
    for (int i = 0; i < gold.length; i++) {
      if (in.test(i)) {
        double[] p = new double[3];
        for (int c = 0; c < 3; c++) {
          p[c] = w * a[i][c] + (1 - w) * b[i][c];
        }
        m.add(gold[i], TopicTraining.argmax(p));
      }
    }
    return TopicTraining.fAvg(m);
  }

  /** F_avg of each weight of {@link #GRID} on all tweets. */
  public Map<Double, Double> grid() {
    Map<Double, Double> out = new TreeMap<>();
    GRID.forEach(w -> out.put(w, fAvg(w, i -> true)));
    return out;
  }

  /** The weight the procedure chooses on the tweets {@code in} accepts. */
  public double select(IntPredicate in) {
    double best = Double.NEGATIVE_INFINITY;
    double chosen = GRID.get(0);
    for (double w : GRID) {
      double f = fAvg(w, in);
      if (f > best + 1e-12 || (Math.abs(f - best) <= 1e-12 && Math.abs(w - 0.5) < Math.abs(chosen - 0.5))) {
        best = f;
        chosen = w;
      }
    }
    return chosen;
  }

  /** Mean and standard deviation of the held-out F_avg over the folds of {@link #crossValidate}. */
  public record Estimate(double mean, double sd) {
    static Estimate of(List<Double> v) {
      double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double var = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.size() - 1);
      return new Estimate(mean, Math.sqrt(var));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.4f (sd %.4f)", mean, sd);
    }
  }

  /**
   * The held-out figures of {@code repeats} 2-fold splits: the mixture with the weight chosen on the other half, model
   * a alone ({@code w = 1}) and model b alone ({@code w = 0}) on the same halves; how often the mixture beat both.
   */
  public record CrossValidation(int folds, Estimate mixture, Estimate a, Estimate b, double mixtureBestShare,
                                Map<Double, Integer> chosen) {
  }

  /** Repeated stratified 2-fold cross-validation of the selection procedure, seeded. */
  public CrossValidation crossValidate(int repeats, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Double> mix = new ArrayList<>();
    List<Double> onlyA = new ArrayList<>();
    List<Double> onlyB = new ArrayList<>();
    Map<Double, Integer> chosen = new TreeMap<>();
    int best = 0;
    for (int r = 0; r < repeats; r++) {
      boolean[] half = halves(random);
      for (boolean side : new boolean[] {true, false}) {
        double w = select(i -> half[i] == side);
        IntPredicate test = i -> half[i] != side;
        double fm = fAvg(w, test);
        double fa = fAvg(1, test);
        double fb = fAvg(0, test);
        mix.add(fm);
        onlyA.add(fa);
        onlyB.add(fb);
        chosen.merge(w, 1, Integer::sum);
        if (fm > fa && fm > fb) {
          best++;
        }
      }
    }
    return new CrossValidation(mix.size(), Estimate.of(mix), Estimate.of(onlyA), Estimate.of(onlyB),
        (double) best / mix.size(), chosen);
  }

  /** A random half of each group (target and gold class), the odd one out of a group to either side at random. */
  private boolean[] halves(SplittableRandom random) {
    boolean[] out = new boolean[gold.length];
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < gold.length; i++) {
      groups.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> g : groups.values()) {
      List<Integer> shuffled = new ArrayList<>(g);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        shuffled.set(j, shuffled.set(i, shuffled.get(j)));
      }
      int firstHalf = shuffled.size() / 2 + (shuffled.size() % 2 == 1 && random.nextBoolean() ? 1 : 0);
      for (int k = 0; k < firstHalf; k++) {
        out[shuffled.get(k)] = true;
      }
    }
    return out;
  }
}
