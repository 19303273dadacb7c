package org.presslens.nlp.encoder.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.TokenStates;

/**
 * Named-entity tagging on the encoder's token states: per word, a head over {@code [state of the word's first piece ;
 * WordShape features]} gives log-probabilities of the labels {@code O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC,
 * B-MISC, I-MISC} (the entities analyzer's name-tagger labels, which decodes them into names). Thread-safe.
 */
public final class NerTagger {

  /** The entity types, in label order (CoNLL's). */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  /** The number of labels. */
  public static final int LABELS = 1 + 2 * TYPES.size();

  /**
   * The optional tensor of the head file holding the two weights of the NER layer's labels when the tagger is
   * combined with it ({@code [entity, outside]}, chosen on development data by the trainer).
   */
  public static final String NER_LAYER_BONUS = "combine.ner-layer-bonus";

  private final float[] w1;
  private final float[] bonus;
  private final float[] b1;
  private final float[] w2;
  private final float[] b2;
  private final int width;

  /** A tagger with the head {@code head.w1, head.b1} and, for a hidden layer, {@code head.w2, head.b2}. */
  public NerTagger(EncoderWeights head, int dimension) {
    EncoderWeights.Tensor t1 = head.tensor("head.w1");
    this.width = dimension + WordShape.SIZE;
    if (t1.shape().length != 2 || t1.shape()[0] != width) {
      throw new EncoderException("NER head of shape " + java.util.Arrays.toString(t1.shape())
          + " does not fit an encoder of width " + dimension);
    }
    this.w1 = t1.values();
    this.b1 = head.tensor("head.b1").values();
    boolean hidden = head.tensors().containsKey("head.w2");
    this.w2 = hidden ? head.tensor("head.w2").values() : null;
    this.b2 = hidden ? head.tensor("head.b2").values() : null;
    if ((hidden ? b2.length : b1.length) != LABELS) {
      throw new EncoderException("NER head does not give " + LABELS + " labels");
    }
    this.bonus = head.tensors().containsKey(NER_LAYER_BONUS) ? head.tensor(NER_LAYER_BONUS).values() : new float[2];
    if (bonus.length != 2) {
      throw new EncoderException("the tensor " + NER_LAYER_BONUS + " of a NER head holds 2 weights, not "
          + bonus.length);
    }
  }

  /** The weight of the NER layer's label where it tags a name ({@link #NER_LAYER_BONUS}; 0 when absent). */
  public float nerLayerEntityBonus() {
    return bonus[0];
  }

  /** The weight of the NER layer's label where it tags no name ({@link #NER_LAYER_BONUS}; 0 when absent). */
  public float nerLayerOutsideBonus() {
    return bonus[1];
  }

  /** The tagger whose head is the class-path resource {@code resource}. */
  public static NerTagger fromResource(String resource, int dimension) {
    try (InputStream in = NerTagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new EncoderException("class path resource " + resource + " not found");
      }
      return new NerTagger(EncoderWeights.read(in), dimension);
    } catch (IOException e) {
      throw new EncoderException("cannot read " + resource, e);
    }
  }

  /**
   * Per-label log-probabilities ({@code words × LABELS}, row-major) of a sentence's words, whose character offsets in
   * the text {@code states} encodes are {@code begins} (the word's piece is the first one starting at or after its
   * begin and before the next word's begin; the {@code [CLS]} state for a word cut off by truncation).
   */
  public float[] logProbs(TokenStates states, List<String> words, int[] begins) {
    return logProbs(features(states, words, begins), words.size());
  }

  /** Per-label log-probabilities of {@code n} words from their {@link #features}. */
  public float[] logProbs(float[] all, int n) {
    float[] out = new float[n * LABELS];
    for (int w = 0; w < n; w++) {
      logSoftmax(logits(java.util.Arrays.copyOfRange(all, w * width, (w + 1) * width)), out, w * LABELS);
    }
    return out;
  }

  /**
   * The head's input for each word ({@code words × (dimension + WordShape.SIZE)}, row-major): the state of the word's
   * first piece (see {@link #logProbs}) and its {@link WordShape} features.
   */
  public static float[] features(TokenStates states, List<String> words, int[] begins) {
    int n = words.size();
    int d = states.dimension();
    int width = d + WordShape.SIZE;
    float[] shapes = WordShape.of(words);
    float[] out = new float[n * width];
    int piece = 0;
    for (int w = 0; w < n; w++) {
      int end = begins[w] + words.get(w).length();
      while (piece < states.size() && (states.special(piece) || states.begin(piece) < begins[w])) {
        piece++;
      }
      float[] state = piece < states.size() && states.begin(piece) < end ? states.state(piece) : states.first();
      System.arraycopy(state, 0, out, w * width, d);
      System.arraycopy(shapes, w * WordShape.SIZE, out, w * width + d, WordShape.SIZE);
    }
    return out;
  }

  private float[] logits(float[] f) {
    int h = b1.length;
    float[] z = b1.clone();
    for (int i = 0; i < f.length; i++) {
      float v = f[i];
      if (v != 0) {
        for (int j = 0; j < h; j++) {
          z[j] += v * w1[i * h + j];
        }
      }
    }
    if (w2 == null) {
      return z;
    }
    float[] out = b2.clone();
    for (int j = 0; j < h; j++) {
      float v = Math.max(0, z[j]);
      if (v != 0) {
        for (int c = 0; c < LABELS; c++) {
          out[c] += v * w2[j * LABELS + c];
        }
      }
    }
    return out;
  }

  private static void logSoftmax(float[] logits, float[] out, int at) {
    float max = Float.NEGATIVE_INFINITY;
    for (float l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (float l : logits) {
      sum += Math.exp(l - max);
    }
    float log = (float) Math.log(sum);
    for (int c = 0; c < logits.length; c++) {
      out[at + c] = logits[c] - max - log;
    }
  }
}
