package org.presslens.ml;

/** The softmax function, the one every presslens model turns its class scores into probabilities with. */
public final class Softmax {

  private Softmax() {
  }

  /** {@code exp(z_c - max z) / sum}: class probabilities of the scores {@code z} (a new array). */
  public static double[] probabilities(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }
}
