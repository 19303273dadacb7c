package org.presslens.nlp.encoder;

import java.util.Arrays;

/**
 * The contextual token states of one encoder input. Token {@code i} has a state vector of {@link #dimension()}
 * floats, a segment (0 = the text, 1 = the paired text) and character offsets {@code [begin, end)} into its segment's
 * text; special tokens ([CLS], [SEP]) have empty offsets {@code [0, 0)} and {@link #special(int)} true. Immutable.
 */
public final class TokenStates {

  private final int dimension;
  private final float[] states;
  private final int[] begins;
  private final int[] ends;
  private final int[] segments;
  private final boolean[] special;
  private final boolean truncated;

  /**
   * @param dimension width of a state
   * @param states    row-major {@code tokens × dimension} states (copied)
   * @param begins    begin offsets per token (copied)
   * @param ends      end-exclusive offsets per token (copied)
   * @param segments  segment ids per token (copied)
   * @param special   whether each token is a special token (copied)
   * @param truncated whether the input had more tokens than the encoder takes
   */
  public TokenStates(int dimension, float[] states, int[] begins, int[] ends, int[] segments, boolean[] special,
           boolean truncated) {
    int n = begins.length;
    if (ends.length != n || segments.length != n || special.length != n || states.length != n * dimension) {
      throw new IllegalArgumentException("token arrays of different lengths");
    }
    this.dimension = dimension;
    this.states = states.clone();
    this.begins = begins.clone();
    this.ends = ends.clone();
    this.segments = segments.clone();
    this.special = special.clone();
    this.truncated = truncated;
  }

  /** Number of tokens, special tokens included. */
  public int size() {
    return begins.length;
  }

  public int dimension() {
    return dimension;
  }

  public boolean truncated() {
    return truncated;
  }

  public int begin(int token) {
    return begins[token];
  }

  public int end(int token) {
    return ends[token];
  }

  public int segment(int token) {
    return segments[token];
  }

  public boolean special(int token) {
    return special[token];
  }

  /** A copy of token {@code token}'s state. */
  public float[] state(int token) {
    return Arrays.copyOfRange(states, token * dimension, (token + 1) * dimension);
  }

  /** Adds token {@code token}'s state into {@code sum}. */
  public void addState(int token, float[] sum) {
    int off = token * dimension;
    for (int d = 0; d < dimension; d++) {
      sum[d] += states[off + d];
    }
  }

  /** The state of the first token ([CLS]). */
  public float[] first() {
    return state(0);
  }

  /** Mean state of the non-special tokens of {@code segment}; zeros if it has none. */
  public float[] mean(int segment) {
    float[] sum = new float[dimension];
    int count = 0;
    for (int t = 0; t < size(); t++) {
      if (!special[t] && segments[t] == segment) {
        addState(t, sum);
        count++;
      }
    }
    return scale(sum, count);
  }

  /**
   * Mean state of the non-special tokens of segment 0 that overlap the characters {@code [begin, end)};
   * zeros if none does (for example when the span was truncated away).
   */
  public float[] meanOver(int begin, int end) {
    float[] sum = new float[dimension];
    int count = 0;
    for (int t = 0; t < size(); t++) {
      if (!special[t] && segments[t] == 0 && begins[t] < end && ends[t] > begin) {
        addState(t, sum);
        count++;
      }
    }
    return scale(sum, count);
  }

  /** Whether any non-special token of segment 0 overlaps the characters {@code [begin, end)}. */
  public boolean covers(int begin, int end) {
    for (int t = 0; t < size(); t++) {
      if (!special[t] && segments[t] == 0 && begins[t] < end && ends[t] > begin) {
        return true;
      }
    }
    return false;
  }

  private static float[] scale(float[] sum, int count) {
    if (count > 1) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] /= count;
      }
    }
    return sum;
  }
}
