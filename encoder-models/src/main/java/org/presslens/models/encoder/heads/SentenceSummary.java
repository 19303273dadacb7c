package org.presslens.models.encoder.heads;

import org.presslens.nlp.encoder.TokenStates;

/**
 * What a frozen head reads of one sentence's token states: the {@code [CLS]} state, the mean and the element-wise
 * maximum of its non-special tokens' states, and how many such tokens it has. Small enough to cache per sentence for
 * training.
 *
 * @param cls    the first token's state
 * @param mean   mean state of the non-special tokens (zeros when there is none)
 * @param max    element-wise maximum over the non-special tokens (zeros when there is none)
 * @param tokens number of non-special tokens
 */
public record SentenceSummary(float[] cls, float[] mean, float[] max, int tokens) {

  public SentenceSummary {
    if (cls.length != mean.length || cls.length != max.length || tokens < 0) {
      throw new IllegalArgumentException("summary vectors of different widths or negative token count");
    }
  }

  /** The summary of one input's token states (all segments' non-special tokens). */
  public static SentenceSummary of(TokenStates states) {
    int d = states.dimension();
    float[] sum = new float[d];
    float[] max = new float[d];
    java.util.Arrays.fill(max, Float.NEGATIVE_INFINITY);
    int n = 0;
    for (int t = 0; t < states.size(); t++) {
      if (states.special(t)) {
        continue;
      }
      float[] s = states.state(t);
      for (int i = 0; i < d; i++) {
        sum[i] += s[i];
        max[i] = Math.max(max[i], s[i]);
      }
      n++;
    }
    for (int i = 0; i < d; i++) {
      sum[i] = n == 0 ? 0 : sum[i] / n;
      max[i] = n == 0 ? 0 : max[i];
    }
    return new SentenceSummary(states.first(), sum, max, n);
  }

  public int dimension() {
    return cls.length;
  }
}
