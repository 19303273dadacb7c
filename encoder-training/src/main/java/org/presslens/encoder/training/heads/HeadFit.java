package org.presslens.encoder.training.heads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.ml.SparseSoftmax;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.models.encoder.heads.LinearHead;
import org.presslens.training.ml.SoftmaxTraining;

/**
 * Fits a {@link LinearHead} on dense features with the project's softmax regression ({@link SoftmaxTraining}, L-BFGS,
 * L2 penalty, zero start: deterministic): features are standardised on the training set for the fit, and the
 * standardisation is folded into the written weights, so the head reads raw features.
 */
public final class HeadFit {

  /** Most L-BFGS iterations. */
  static final int MAX_ITERATIONS = 300;

  private HeadFit() {
  }

  /**
   * Inverse-frequency class weights raised to {@code power} (0: none, 0.5: softened, 1: balanced), normalised so that
   * a class of average frequency weighs 1.
   */
  public static double[] classWeights(int[] y, int classes, double power) {
    double[] counts = new double[classes];
    for (int v : y) {
      counts[v]++;
    }
    double[] w = new double[classes];
    for (int c = 0; c < classes; c++) {
      w[c] = counts[c] == 0 ? 0 : Math.pow(y.length / (classes * counts[c]), power);
    }
    return w;
  }

  /** The head fitted on rows {@code x} with labels {@code y} (0..classes-1). */
  public static EncoderWeights fit(List<float[]> x, int[] y, int classes, double l2, double[] classWeights) {
    int n = x.size();
    int f = x.get(0).length;
    double[] mean = new double[f];
    double[] sd = new double[f];
    for (float[] row : x) {
      for (int j = 0; j < f; j++) {
        mean[j] += row[j] / (double) n;
      }
    }
    for (float[] row : x) {
      for (int j = 0; j < f; j++) {
        double d = row[j] - mean[j];
        sd[j] += d * d / n;
      }
    }
    for (int j = 0; j < f; j++) {
      sd[j] = Math.max(1e-6, Math.sqrt(sd[j]));
    }
    int[] all = new int[f];
    for (int j = 0; j < f; j++) {
      all[j] = j;
    }
    List<SparseSoftmax.Sample> samples = new ArrayList<>(n);
    for (float[] row : x) {
      double[] v = new double[f];
      for (int j = 0; j < f; j++) {
        v[j] = (row[j] - mean[j]) / sd[j];
      }
      samples.add(new SparseSoftmax.Sample(all, v));
    }
    SparseSoftmax model = SoftmaxTraining.train(samples, y, classes, f, l2, classWeights, MAX_ITERATIONS);
    float[] w = new float[f * classes];
    float[] b = new float[classes];
    for (int c = 0; c < classes; c++) {
      double bias = model.bias(c);
      for (int j = 0; j < f; j++) {
        double wj = model.weight(c, j) / sd[j];
        w[j * classes + c] = (float) wj;
        bias -= wj * mean[j];
      }
      b[c] = (float) bias;
    }
    Map<String, EncoderWeights.Tensor> tensors = new LinkedHashMap<>();
    tensors.put(LinearHead.WEIGHT, new EncoderWeights.Tensor(new long[] {f, classes}, w));
    tensors.put(LinearHead.BIAS, new EncoderWeights.Tensor(new long[] {classes}, b));
    return new EncoderWeights(tensors);
  }

  /** The most probable class of each row under {@code head}. */
  public static int[] predict(LinearHead head, List<float[]> x) {
    int[] out = new int[x.size()];
    for (int i = 0; i < out.length; i++) {
      float[] p = head.probabilities(x.get(i));
      double[] d = new double[p.length];
      for (int c = 0; c < p.length; c++) {
        d[c] = p[c];
      }
      out[i] = argmax(d);
    }
    return out;
  }

  /** The index of the largest value (ties: the first). */
  public static int argmax(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }
}
