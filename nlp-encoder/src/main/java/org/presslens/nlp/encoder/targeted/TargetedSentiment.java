package org.presslens.nlp.encoder.targeted;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.TextEncoder;
import org.presslens.nlp.encoder.TokenStates;

/**
 * Targeted sentiment on the encoder: the sentence paired with the target mention ({@code [CLS] sentence [SEP] mention
 * [SEP]}) is encoded, and a linear head over {@code [state of CLS ; mean state of the target's own tokens]} gives the
 * probabilities of negative, neutral and positive sentiment toward the target. Thread-safe.
 */
public final class TargetedSentiment {

  /** Most tokens of an input (sentence and mention). */
  public static final int MAX_TOKENS = 128;
  /** Head tensor names in the head weights file. */
  public static final String HEAD_WEIGHT = "head.weight";
  public static final String HEAD_BIAS = "head.bias";

  /** A target: the characters {@code [from, to)} of {@code sentence}. */
  public record Target(String sentence, int from, int to) {

    public Target {
      if (from < 0 || to <= from || to > sentence.length()) {
        throw new IllegalArgumentException("target [" + from + ", " + to + ") outside a sentence of "
            + sentence.length() + " characters");
      }
    }
  }

  private final TextEncoder encoder;
  private final float[] weight;
  private final float[] bias;
  private final int classes;

  /** A model of {@code encoder} (which must truncate at {@link #MAX_TOKENS}) and a head read from {@code head}. */
  public TargetedSentiment(TextEncoder encoder, EncoderWeights head) {
    EncoderWeights.Tensor w = head.tensor(HEAD_WEIGHT);
    EncoderWeights.Tensor b = head.tensor(HEAD_BIAS);
    if (w.shape().length != 2 || w.shape()[0] != 2L * encoder.dimension() || w.shape()[1] != b.values().length) {
      throw new EncoderException("head weights of shape " + java.util.Arrays.toString(w.shape())
          + " do not fit an encoder of width " + encoder.dimension());
    }
    this.encoder = encoder;
    this.weight = w.values();
    this.bias = b.values();
    this.classes = bias.length;
  }

  /**
   * The model of the class-path resources {@code <prefix>.encoder.bin} (weights replacing the base encoder's; the
   * encoder is shared per JVM) and {@code <prefix>.head.bin}.
   */
  public static TargetedSentiment fromResources(String prefix) {
    MiniLmEncoder encoder = MiniLmEncoder.shared(prefix + ".encoder.bin",
        new MiniLmEncoder.Options(MAX_TOKENS, 32, 1));
    try (InputStream in = TargetedSentiment.class.getResourceAsStream(prefix + ".head.bin")) {
      if (in == null) {
        throw new EncoderException("class path resource " + prefix + ".head.bin not found");
      }
      return new TargetedSentiment(encoder, EncoderWeights.read(in));
    } catch (IOException e) {
      throw new EncoderException("cannot read " + prefix + ".head.bin", e);
    }
  }

  /** The encoder input of a target: the sentence paired with the target's text. */
  public static EncoderInput input(String sentence, int from, int to) {
    return EncoderInput.pair(sentence, sentence.substring(from, to));
  }

  /** Probabilities of negative, neutral, positive for each target, in one batched encoder call. */
  public List<float[]> predict(List<Target> targets) {
    List<EncoderInput> inputs = new ArrayList<>(targets.size());
    for (Target t : targets) {
      inputs.add(input(t.sentence(), t.from(), t.to()));
    }
    List<TokenStates> states = encoder.encode(inputs);
    List<float[]> out = new ArrayList<>(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      out.add(classify(features(states.get(i), t.from(), t.to())));
    }
    return out;
  }

  /** {@code [CLS state ; mean state of the target's tokens]}. */
  public static float[] features(TokenStates states, int from, int to) {
    int d = states.dimension();
    float[] f = new float[2 * d];
    System.arraycopy(states.first(), 0, f, 0, d);
    System.arraycopy(states.meanOver(from, to), 0, f, d, d);
    return f;
  }

  private float[] classify(float[] f) {
    float[] logits = bias.clone();
    for (int i = 0; i < f.length; i++) {
      for (int c = 0; c < classes; c++) {
        logits[c] += f[i] * weight[i * classes + c];
      }
    }
    float max = Float.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    float sum = 0;
    for (int c = 0; c < classes; c++) {
      logits[c] = (float) Math.exp(logits[c] - max);
      sum += logits[c];
    }
    for (int c = 0; c < classes; c++) {
      logits[c] /= sum;
    }
    return logits;
  }
}
