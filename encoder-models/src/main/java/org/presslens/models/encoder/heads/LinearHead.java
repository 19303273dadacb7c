package org.presslens.models.encoder.heads;

import java.util.Arrays;
import org.presslens.ml.Softmax;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderWeights;

/**
 * A linear classifier over encoder features: {@code softmax(x · W + b)} with {@code W} the tensor
 * {@value #WEIGHT} of shape {@code [features, classes]} and {@code b} the tensor {@value #BIAS} of shape
 * {@code [classes]} of an {@link EncoderWeights} file. Immutable, thread-safe.
 */
public final class LinearHead {

  /** Name of the weight tensor. */
  public static final String WEIGHT = "head.weight";
  /** Name of the bias tensor. */
  public static final String BIAS = "head.bias";

  private final float[] weight;
  private final float[] bias;
  private final int features;

  /** The head of {@code weights}; an {@link EncoderException} when its tensors are missing or do not fit. */
  public LinearHead(EncoderWeights weights) {
    EncoderWeights.Tensor w = weights.tensor(WEIGHT);
    EncoderWeights.Tensor b = weights.tensor(BIAS);
    if (w.shape().length != 2 || b.shape().length != 1 || w.shape()[1] != b.shape()[0]) {
      throw new EncoderException("head tensors of shapes " + Arrays.toString(w.shape()) + " and "
          + Arrays.toString(b.shape()) + " are not [features, classes] and [classes]");
    }
    this.weight = w.values();
    this.bias = b.values();
    this.features = (int) w.shape()[0];
  }

  /** Number of input features. */
  public int features() {
    return features;
  }

  /** Number of classes. */
  public int classes() {
    return bias.length;
  }

  /** Class probabilities of {@code x} (of {@link #features()} values). */
  public float[] probabilities(float[] x) {
    if (x.length != features) {
      throw new IllegalArgumentException("head takes " + features + " features, got " + x.length);
    }
    int classes = bias.length;
    double[] z = new double[classes];
    for (int c = 0; c < classes; c++) {
      z[c] = bias[c];
    }
    for (int i = 0; i < features; i++) {
      float v = x[i];
      int row = i * classes;
      for (int c = 0; c < classes; c++) {
        z[c] += v * weight[row + c];
      }
    }
    double[] q = Softmax.probabilities(z);
    float[] p = new float[classes];
    for (int c = 0; c < classes; c++) {
      p[c] = (float) q[c];
    }
    return p;
  }
}
