package org.presslens.models.encoder.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider;
import org.presslens.models.encoder.heads.FrozenHead;
import org.presslens.models.encoder.heads.FrozenHeadProvider;
import org.presslens.models.encoder.heads.Pooling;
import org.presslens.models.encoder.heads.SentenceSummary;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.engine.EncodedSentences;
import org.presslens.nlp.encoder.engine.EncoderEngine;

/**
 * The model plugin {@code encoder} of the sentiment analyzer: a softmax head over each sentence's token states of the
 * shared encoder layer ({@code encoder:token-states}, MiniLM-L6, frozen), {@code [CLS ; mean ; max]} pooled, trained
 * on NewsMTSC train sentences ({@code presslens train sentence-sentiment-encoder}). Its rank is {@link #RANK}. The
 * encoder runs once per article for every analyzer that reads the layer.
 */
public final class EncoderSentenceSentimentProvider extends FrozenHeadProvider
    implements SentenceSentimentModelProvider {

  /** The provider's name. */
  public static final String NAME = "encoder";
  /** The class-path resource of the shipped head (provenance beside it: {@code sentence-sentiment.txt}). */
  public static final String RESOURCE = "/org/presslens/models/encoder/sentiment/sentence-sentiment.head.bin";
  /** How the head pools a sentence's token states (as it was trained). */
  public static final Pooling POOLING = Pooling.CLS_MEAN_MAX;

  /** The shipped model, loaded once per JVM on first use. */
  private static final class Shipped {
    static final Model MODEL = new HeadModel(FrozenHead.fromResource(EncoderSentenceSentimentProvider.class,
        RESOURCE, POOLING));
  }

  /**
   * The rank, 0 as the built-in models: an option ({@code sentiment.model=encoder}), not the {@code auto} default. It
   * scores dev_rw 0.6997 against CoreNLP's 0.5334, and the entity-stance rule scores a little better on the dev
   * editorials with it, but it reads "He was fired" and "Okoro was punished for his faith" as negative sentences, so
   * the defended fire chief of {@code StanceEndToEndIT} comes out AGAINST with it (docs/stance.md, "Session 6").
   */
  public static final int RANK = 0;

  /** The provider (found by {@link java.util.ServiceLoader}). */
  public EncoderSentenceSentimentProvider() {
    super(NAME, "MiniLM-L6 encoder layer (frozen), softmax head over [CLS ; mean ; max] (NewsMTSC dev_rw macro-F1"
        + " 0.70)", RANK);
  }

  @Override
  public Model load() {
    return Shipped.MODEL;
  }

  /** A frozen head applied to each sentence on its own. */
  record HeadModel(FrozenHead head) implements Model {

    @Override
    public List<PolarityProbabilities> predict(NlpDocument nlp, List<Sentence> sentences) {
      EncodedSentences layer = nlp.layer(EncoderEngine.TOKEN_STATES);
      List<PolarityProbabilities> out = new ArrayList<>(sentences.size());
      for (SentenceSummary s : FrozenHead.summaries(layer, sentences)) {
        out.add(PolarityProbabilities.of(head.probabilities(List.of(s))));
      }
      return out;
    }
  }
}
