package org.presslens.models.encoder.heads;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.engine.EncodedSentences;
import org.presslens.nlp.encoder.engine.EncoderEngine;

/**
 * A frozen head over the shared encoder layer ({@link EncoderEngine#TOKEN_STATES}): the sentences' token states,
 * pooled ({@link Pooling}), through a {@link LinearHead}. Reading the layer costs no encoder call, so every such head
 * of a run shares the one encoding of the article. Immutable, thread-safe.
 */
public final class FrozenHead {

  private final Pooling pooling;
  private final LinearHead head;

  /** A head over features pooled by {@code pooling} from states of the MiniLM encoder's width. */
  public FrozenHead(Pooling pooling, LinearHead head) {
    if (head.features() != pooling.width(MiniLmEncoder.DIMENSION)) {
      throw new EncoderException("a head of " + head.features() + " features does not read " + pooling.id()
          + " pooling (" + pooling.width(MiniLmEncoder.DIMENSION) + " features)");
    }
    this.pooling = pooling;
    this.head = head;
  }

  /** The head of the class-path resource {@code resource} (an {@link EncoderWeights} file) of {@code owner}. */
  public static FrozenHead fromResource(Class<?> owner, String resource, Pooling pooling) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new EncoderException("class path resource " + resource + " not found");
      }
      return new FrozenHead(pooling, new LinearHead(EncoderWeights.read(in)));
    } catch (IOException e) {
      throw new EncoderException("cannot read " + resource, e);
    }
  }

  /** Class probabilities of a text made of {@code sentences}; of all-zero features when there is none. */
  public float[] probabilities(List<SentenceSummary> sentences) {
    return head.probabilities(sentences.isEmpty() ? new float[head.features()] : pooling.features(sentences));
  }

  /**
   * Class probabilities of the text made of {@code sentences} (sentences of the article whose NLP document
   * {@code nlp} holds the layer {@link EncoderEngine#TOKEN_STATES}).
   */
  public float[] probabilities(NlpDocument nlp, List<Sentence> sentences) {
    return probabilities(summaries(nlp.layer(EncoderEngine.TOKEN_STATES), sentences));
  }

  /**
   * The summaries of {@code sentences} (sentences of the article whose layer {@code encoded} is), found by their begin.
   *
   * @throws EncoderException when the layer has no states for one of them
   */
  public static List<SentenceSummary> summaries(EncodedSentences encoded, List<Sentence> sentences) {
    Map<Integer, EncodedSentences.Sentence> byBegin = new HashMap<>();
    encoded.sentences().forEach(s -> byBegin.put(s.begin(), s));
    List<SentenceSummary> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      EncodedSentences.Sentence e = byBegin.get(s.begin());
      if (e == null) {
        throw new EncoderException("the layer " + EncoderEngine.TOKEN_STATES + " has no sentence at " + s.begin());
      }
      out.add(SentenceSummary.of(e.states()));
    }
    return out;
  }
}
