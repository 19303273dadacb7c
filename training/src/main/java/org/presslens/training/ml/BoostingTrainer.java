package org.presslens.training.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.presslens.ml.GradientBoosting;
import org.presslens.ml.Softmax;

/**
 * Trains {@link GradientBoosting}: regression trees for multi-class classification with the softmax loss and
 * second-order leaf values (as in XGBoost), on dense features binned into quantiles. Deterministic for a seed.
 */
public final class BoostingTrainer {

  private BoostingTrainer() {
  }

  /**
   * Training settings.
   *
   * @param rounds         boosting rounds (one tree per class per round)
   * @param maxDepth       depth of each tree
   * @param learningRate   shrinkage of each tree's values
   * @param lambda         L2 penalty on leaf values
   * @param minChildWeight the least hessian sum in a leaf
   * @param bins           quantile bins per feature (at most 255)
   * @param subsample      fraction of rows each tree sees
   * @param seed           the random seed of the row sampling
   */
  public record Params(int rounds, int maxDepth, double learningRate, double lambda, double minChildWeight,
                       int bins, double subsample, long seed) {

    public static Params defaults() {
      return new Params(200, 5, 0.1, 1.0, 1.0, 64, 0.8, 42);
    }
  }

  /**
   * Trains on rows {@code x} with labels {@code y} in 0..classes-1; {@code weights} (or null) weight the rows.
   */
  public static GradientBoosting train(double[][] x, int[] y, int classes, double[] weights, Params p) {
    int n = x.length;
    int f = x[0].length;
    double[][] thresholds = new double[f][];
    byte[][] binned = new byte[f][n];
    for (int j = 0; j < f; j++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = x[i][j];
      }
      thresholds[j] = cutPoints(col, p.bins());
      for (int i = 0; i < n; i++) {
        binned[j][i] = (byte) bin(thresholds[j], col[i]);
      }
    }
    double[] w = new double[n];
    double[] prior = new double[classes];
    for (int i = 0; i < n; i++) {
      w[i] = weights == null ? 1 : weights[i];
      prior[y[i]] += w[i];
    }
    double total = Arrays.stream(prior).sum();
    double[] base = new double[classes];
    for (int c = 0; c < classes; c++) {
      base[c] = Math.log(Math.max(1e-6, prior[c] / total));
    }
    double[][] score = new double[n][];
    for (int i = 0; i < n; i++) {
      score[i] = base.clone();
    }
    List<GradientBoosting.Tree> trees = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(p.seed());
    double[] g = new double[n];
    double[] h = new double[n];
    for (int round = 0; round < p.rounds(); round++) {
      double[][] prob = new double[n][];
      for (int i = 0; i < n; i++) {
        prob[i] = Softmax.probabilities(score[i]);
      }
      int[] rows = sample(n, p.subsample(), random);
      for (int c = 0; c < classes; c++) {
        for (int i = 0; i < n; i++) {
          double pc = prob[i][c];
          g[i] = w[i] * (pc - (y[i] == c ? 1 : 0));
          h[i] = w[i] * Math.max(pc * (1 - pc), 1e-6);
        }
        TreeBuilder builder = new TreeBuilder(binned, thresholds, g, h, p);
        builder.grow(rows, 0);
        GradientBoosting.Tree tree = builder.tree();
        trees.add(tree);
        for (int i = 0; i < n; i++) {
          score[i][c] += builder.predictBinned(i);
        }
      }
    }
    return GradientBoosting.of(classes, f, base, trees);
  }

  private static int[] sample(int n, double fraction, SplittableRandom random) {
    if (fraction >= 1) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] tmp = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < fraction) {
        tmp[k++] = i;
      }
    }
    return Arrays.copyOf(tmp, k);
  }

  /** At most {@code bins - 1} cut points between distinct values, at quantiles. */
  static double[] cutPoints(double[] values, int bins) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    List<Double> distinct = new ArrayList<>();
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct.add(sorted[i]);
      }
    }
    List<Double> cuts = new ArrayList<>();
    if (distinct.size() <= bins) {
      for (int i = 0; i + 1 < distinct.size(); i++) {
        cuts.add((distinct.get(i) + distinct.get(i + 1)) / 2);
      }
    } else {
      for (int b = 1; b < bins; b++) {
        int idx = (int) ((long) b * sorted.length / bins);
        double v = sorted[Math.min(sorted.length - 1, idx)];
        // the cut lies between v and the next larger value
        int pos = upper(sorted, v);
        if (pos >= sorted.length) {
          continue;
        }
        double cut = (v + sorted[pos]) / 2;
        if (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1)) {
          cuts.add(cut);
        }
      }
    }
    return cuts.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int upper(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The bin of {@code v}: the number of cut points below it (so v <= cuts[bin] when bin < cuts.length). */
  static int bin(double[] cuts, double v) {
    int lo = 0;
    int hi = cuts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cuts[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final class TreeBuilder {
    private final byte[][] binned;
    private final double[][] thresholds;
    private final double[] g;
    private final double[] h;
    private final Params p;
    private final List<int[]> nodes = new ArrayList<>(); // {feature, splitBin, left, right}
    private final List<Double> values = new ArrayList<>();

    TreeBuilder(byte[][] binned, double[][] thresholds, double[] g, double[] h, Params p) {
      this.binned = binned;
      this.thresholds = thresholds;
      this.g = g;
      this.h = h;
      this.p = p;
    }

    int grow(int[] rows, int depth) {
      int id = nodes.size();
      nodes.add(new int[] {-1, 0, -1, -1});
      values.add(0.0);
      double gs = 0;
      double hs = 0;
      for (int r : rows) {
        gs += g[r];
        hs += h[r];
      }
      values.set(id, -gs / (hs + p.lambda()) * p.learningRate());
      if (depth >= p.maxDepth() || hs < 2 * p.minChildWeight() || rows.length < 2) {
        return id;
      }
      double parent = gs * gs / (hs + p.lambda());
      double bestGain = 1e-9;
      int bestFeature = -1;
      int bestBin = -1;
      for (int j = 0; j < binned.length; j++) {
        int nb = thresholds[j].length + 1;
        if (nb < 2) {
          continue;
        }
        double[] hg = new double[nb];
        double[] hh = new double[nb];
        byte[] col = binned[j];
        for (int r : rows) {
          int b = col[r] & 0xFF;
          hg[b] += g[r];
          hh[b] += h[r];
        }
        double gl = 0;
        double hl = 0;
        for (int b = 0; b < nb - 1; b++) {
          gl += hg[b];
          hl += hh[b];
          double hr = hs - hl;
          if (hl < p.minChildWeight() || hr < p.minChildWeight()) {
            continue;
          }
          double gr = gs - gl;
          double gain = gl * gl / (hl + p.lambda()) + gr * gr / (hr + p.lambda()) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = j;
            bestBin = b;
          }
        }
      }
      if (bestFeature < 0) {
        return id;
      }
      byte[] col = binned[bestFeature];
      int nl = 0;
      for (int r : rows) {
        if ((col[r] & 0xFF) <= bestBin) {
          nl++;
        }
      }
      int[] leftRows = new int[nl];
      int[] rightRows = new int[rows.length - nl];
      int a = 0;
      int c = 0;
      for (int r : rows) {
        if ((col[r] & 0xFF) <= bestBin) {
          leftRows[a++] = r;
        } else {
          rightRows[c++] = r;
        }
      }
      int left = grow(leftRows, depth + 1);
      int right = grow(rightRows, depth + 1);
      nodes.set(id, new int[] {bestFeature, bestBin, left, right});
      return id;
    }

    double predictBinned(int row) {
      int n = 0;
      while (nodes.get(n)[0] >= 0) {
        int[] node = nodes.get(n);
        n = (binned[node[0]][row] & 0xFF) <= node[1] ? node[2] : node[3];
      }
      return values.get(n);
    }

    GradientBoosting.Tree tree() {
      int m = nodes.size();
      int[] feature = new int[m];
      double[] threshold = new double[m];
      int[] left = new int[m];
      int[] right = new int[m];
      double[] value = new double[m];
      for (int i = 0; i < m; i++) {
        int[] node = nodes.get(i);
        feature[i] = node[0];
        threshold[i] = node[0] >= 0 ? thresholds[node[0]][node[1]] : 0;
        left[i] = node[2];
        right[i] = node[3];
        value[i] = values.get(i);
      }
      return new GradientBoosting.Tree(feature, threshold, left, right, value);
    }
  }
}
