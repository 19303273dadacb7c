package org.presslens.models.encoder.stance;

import java.util.List;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.model.Article;
import org.presslens.models.encoder.heads.FrozenHeadProvider;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.spi.ModelProviders;

/**
 * The model plugin {@code encoder-ngram} of the stance analyzer's topic stance: per topic, the mixture
 * {@code w · P(encoder) + (1 − w) · P(ngram)} of the {@code encoder} heads ({@link EncoderTopicStanceProvider}) and the
 * analyzer's built-in {@code ngram} models (found by name, as the analyzer finds them), with one weight
 * {@link #ENCODER_WEIGHT} for all topics, chosen on the SemEval-2016 val split by {@code presslens train
 * topic-stance-mixture} (grid 0, 0.1, …, 1; the best pooled F_avg; provenance {@code topic-mixture.txt}): val F_avg
 * 0.7546 against 0.7258 (encoder) and 0.7091 (ngram); choosing the weight on one half of val and scoring the other
 * gives 0.733 against 0.725 and 0.709 on the same halves. An option ({@code stance.topicModel=encoder-ngram}), not the
 * default.
 */
public final class EncoderNgramTopicStanceProvider extends FrozenHeadProvider implements TopicStanceModelProvider {

  /** The provider's name. */
  public static final String NAME = "encoder-ngram";
  /** The weight of the encoder heads' probabilities (the n-gram models get the rest). */
  public static final double ENCODER_WEIGHT = 0.8;

  /** The shipped mixture, loaded once per JVM on first use. */
  private static final class Shipped {
    static final Model MODEL = new Mixture(new EncoderTopicStanceProvider().load(),
        ModelProviders.discover(TopicStanceModelProvider.class, "topic stance model", "").choose("ngram").load(),
        ENCODER_WEIGHT);
  }

  /** The provider (found by {@link java.util.ServiceLoader}). */
  public EncoderNgramTopicStanceProvider() {
    super(NAME, "mixture of the encoder heads and the n-gram models per topic, encoder weight " + ENCODER_WEIGHT
        + " (SemEval-2016 val F_avg 0.755; 0.733 cross-validated on val halves)", 40);
  }

  @Override
  public Model load() {
    return Shipped.MODEL;
  }

  /** {@code weight · P(encoder) + (1 − weight) · P(ngram)} for the topics both know. */
  record Mixture(Model encoder, Model ngram, double weight) implements Model {

    @Override
    public boolean knows(String topic) {
      return encoder.knows(topic) && ngram.knows(topic);
    }

    @Override
    public String id(String topic) {
      return "encoder-ngram-semeval2016-" + topic;
    }

    @Override
    public TopicProbabilities ofText(String topic, Article article, NlpDocument nlp, List<Sentence> sentences) {
      return mix(encoder.ofText(topic, article, nlp, sentences), ngram.ofText(topic, article, nlp, sentences));
    }

    @Override
    public TopicProbabilities ofSentence(String topic, Article article, NlpDocument nlp, Sentence sentence) {
      return mix(encoder.ofSentence(topic, article, nlp, sentence), ngram.ofSentence(topic, article, nlp, sentence));
    }

    private TopicProbabilities mix(TopicProbabilities e, TopicProbabilities n) {
      double[] a = e.toArray();
      double[] b = n.toArray();
      double[] p = new double[a.length];
      for (int c = 0; c < p.length; c++) {
        p[c] = weight * a[c] + (1 - weight) * b[c];
      }
      return TopicProbabilities.of(p);
    }
  }
}
