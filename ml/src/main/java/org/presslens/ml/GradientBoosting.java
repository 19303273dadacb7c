package org.presslens.ml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gradient-boosted regression trees for multi-class classification (trained by presslens-training's
 * {@code BoostingTrainer}): the softmax of the base scores plus each class's tree values. Immutable;
 * {@link #probabilities} is thread-safe.
 */
public final class GradientBoosting {

  /** A tree: node arrays; a node with {@code feature < 0} is a leaf with {@code value}. */
  public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {

    /** The value of the leaf {@code x} falls in. */
    public double predict(double[] x) {
      int n = 0;
      while (feature[n] >= 0) {
        n = x[feature[n]] <= threshold[n] ? left[n] : right[n];
      }
      return value[n];
    }
  }

  private final int classes;
  private final int features;
  private final double[] base;
  /** trees.get(round * classes + c). */
  private final List<Tree> trees;

  private GradientBoosting(int classes, int features, double[] base, List<Tree> trees) {
    this.classes = classes;
    this.features = features;
    this.base = base;
    this.trees = List.copyOf(trees);
  }

  /** A model from its base scores and its trees, {@code trees.get(round * classes + c)}. */
  public static GradientBoosting of(int classes, int features, double[] base, List<Tree> trees) {
    return new GradientBoosting(classes, features, base, trees);
  }

  public int classes() {
    return classes;
  }

  public int features() {
    return features;
  }

  /** Class probabilities of one feature vector. */
  public double[] probabilities(double[] x) {
    if (x.length != features) {
      throw new IllegalArgumentException("expected " + features + " features, got " + x.length);
    }
    double[] z = base.clone();
    for (int t = 0; t < trees.size(); t++) {
      z[t % classes] += trees.get(t).predict(x);
    }
    return Softmax.probabilities(z);
  }

  /** Writes the model as text: a header line, the base scores, then one line per tree. */
  public void write(PrintWriter out) {
    out.println("gbdt " + classes + " " + features + " " + trees.size());
    out.println(join(base));
    for (Tree t : trees) {
      StringBuilder sb = new StringBuilder();
      sb.append(t.feature().length);
      for (int i = 0; i < t.feature().length; i++) {
        sb.append(' ').append(t.feature()[i]).append(' ').append(Double.toString(t.threshold()[i])).append(' ')
            .append(t.left()[i]).append(' ').append(t.right()[i]).append(' ').append(Double.toString(t.value()[i]));
      }
      out.println(sb);
    }
  }

  /** Reads a model written by {@link #write}. */
  public static GradientBoosting read(BufferedReader in) throws IOException {
    String[] head = in.readLine().trim().split(" ");
    if (!head[0].equals("gbdt")) {
      throw new IOException("not a gradient boosting model: " + head[0]);
    }
    int classes = Integer.parseInt(head[1]);
    int features = Integer.parseInt(head[2]);
    int count = Integer.parseInt(head[3]);
    double[] base = Arrays.stream(in.readLine().trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    List<Tree> trees = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      String[] f = in.readLine().trim().split(" ");
      int m = Integer.parseInt(f[0]);
      int[] feature = new int[m];
      double[] threshold = new double[m];
      int[] left = new int[m];
      int[] right = new int[m];
      double[] value = new double[m];
      for (int i = 0; i < m; i++) {
        int o = 1 + 5 * i;
        feature[i] = Integer.parseInt(f[o]);
        threshold[i] = Double.parseDouble(f[o + 1]);
        left[i] = Integer.parseInt(f[o + 2]);
        right[i] = Integer.parseInt(f[o + 3]);
        value[i] = Double.parseDouble(f[o + 4]);
      }
      trees.add(new Tree(feature, threshold, left, right, value));
    }
    return new GradientBoosting(classes, features, base, trees);
  }

  private static String join(double[] v) {
    StringBuilder sb = new StringBuilder();
    for (double d : v) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format(Locale.ROOT, "%s", Double.toString(d)));
    }
    return sb.toString();
  }
}
