package org.presslens.models.encoder.heads;

import java.util.List;
import java.util.Locale;

/**
 * How a frozen head turns the token states of one or more sentences into one feature vector: the concatenation of
 * some of the {@code [CLS]} state (averaged over the sentences), the token mean (over all tokens of all sentences) and
 * the element-wise token maximum. A text of one sentence and the same text split into sentences get close, not equal,
 * features.
 */
public enum Pooling {
  /** {@code [CLS]} only. */
  CLS(true, false, false),
  /** The token mean only (what all-MiniLM-L6-v2 was trained to embed with). */
  MEAN(false, true, false),
  /** {@code [CLS ; mean]}. */
  CLS_MEAN(true, true, false),
  /** {@code [mean ; max]}. */
  MEAN_MAX(false, true, true),
  /** {@code [CLS ; mean ; max]}. */
  CLS_MEAN_MAX(true, true, true);

  private final boolean cls;
  private final boolean mean;
  private final boolean max;

  Pooling(boolean cls, boolean mean, boolean max) {
    this.cls = cls;
    this.mean = mean;
    this.max = max;
  }

  /** The name as written in model files: lower case, {@code cls-mean}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The pooling named {@code id} ({@link #id()}). */
  public static Pooling of(String id) {
    for (Pooling p : values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown pooling '" + id + "'; known: cls, mean, cls-mean, mean-max, "
        + "cls-mean-max");
  }

  /** Width of the features over states of width {@code dimension}. */
  public int width(int dimension) {
    return dimension * ((cls ? 1 : 0) + (mean ? 1 : 0) + (max ? 1 : 0));
  }

  /** The features of {@code sentences} (at least one). */
  public float[] features(List<SentenceSummary> sentences) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentence to pool");
    }
    int d = sentences.get(0).dimension();
    float[] clsSum = new float[d];
    float[] meanSum = new float[d];
    float[] maxAll = new float[d];
    java.util.Arrays.fill(maxAll, Float.NEGATIVE_INFINITY);
    int tokens = 0;
    for (SentenceSummary s : sentences) {
      for (int i = 0; i < d; i++) {
        clsSum[i] += s.cls()[i] / sentences.size();
        meanSum[i] += s.mean()[i] * s.tokens();
        if (s.tokens() > 0) {
          maxAll[i] = Math.max(maxAll[i], s.max()[i]);
        }
      }
      tokens += s.tokens();
    }
    float[] out = new float[width(d)];
    int at = 0;
    if (cls) {
      System.arraycopy(clsSum, 0, out, at, d);
      at += d;
    }
    if (mean) {
      for (int i = 0; i < d; i++) {
        out[at + i] = tokens == 0 ? 0 : meanSum[i] / tokens;
      }
      at += d;
    }
    if (max) {
      for (int i = 0; i < d; i++) {
        out[at + i] = tokens == 0 ? 0 : maxAll[i];
      }
    }
    return out;
  }
}
