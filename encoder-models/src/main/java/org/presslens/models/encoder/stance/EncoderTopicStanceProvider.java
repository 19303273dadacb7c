package org.presslens.models.encoder.stance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.models.encoder.heads.FrozenHead;
import org.presslens.models.encoder.heads.FrozenHeadProvider;
import org.presslens.models.encoder.heads.Pooling;

/**
 * The model plugin {@code encoder} of the stance analyzer's topic stance: per SemEval-2016 topic, a softmax head over
 * the shared encoder layer ({@code encoder:token-states}, MiniLM-L6, frozen), {@code [CLS ; mean]} pooled over the
 * text's sentences, trained on the TweetEval train split and selected on val ({@code TrainTopicStance} in
 * presslens-encoder-training): val F_avg 0.726 against the n-gram models' 0.709, a gain within the noise of 294
 * tweets, so it is an option ({@code stance.topicModel=encoder}), not the default.
 */
public final class EncoderTopicStanceProvider extends FrozenHeadProvider implements TopicStanceModelProvider {

  /** The provider's name. */
  public static final String NAME = "encoder";
  /** The class-path folder of the shipped heads ({@code <topic>.head.bin}; provenance {@code topic-stance.txt}). */
  public static final String RESOURCE_DIR = "/org/presslens/models/encoder/stance/";
  /** How the heads pool the token states of a text's sentences (as they were trained). */
  public static final Pooling POOLING = Pooling.CLS_MEAN;
  /** The topics with a head. */
  public static final List<String> TOPICS = List.of("abortion", "atheism", "climate", "feminist", "hillary");

  /** The shipped heads, loaded once per JVM on first use. */
  private static final class Shipped {
    static final Model MODEL = load(RESOURCE_DIR);
  }

  /** The provider (found by {@link java.util.ServiceLoader}). */
  public EncoderTopicStanceProvider() {
    super(NAME, "MiniLM-L6 encoder layer (frozen), softmax head per topic over [CLS ; mean] (SemEval-2016 val F_avg"
        + " 0.726)", 50);
  }

  @Override
  public Model load() {
    return Shipped.MODEL;
  }

  /** The heads {@code <dir><topic>.head.bin} of {@link #TOPICS} on the class path. */
  static Model load(String dir) {
    Map<String, FrozenHead> heads = new TreeMap<>();
    for (String topic : TOPICS) {
      heads.put(topic, FrozenHead.fromResource(EncoderTopicStanceProvider.class, dir + topic + ".head.bin", POOLING));
    }
    return new HeadsModel(Map.copyOf(heads));
  }

  /** One frozen head per topic. */
  record HeadsModel(Map<String, FrozenHead> heads) implements Model {

    @Override
    public boolean knows(String topic) {
      return heads.containsKey(topic);
    }

    @Override
    public String id(String topic) {
      return "encoder-semeval2016-" + topic;
    }

    @Override
    public TopicProbabilities ofText(String topic, Article article, NlpDocument nlp, List<Sentence> sentences) {
      FrozenHead head = heads.get(topic);
      if (head == null) {
        throw new IllegalArgumentException("no encoder topic stance head for '" + topic + "'; known: " + TOPICS);
      }
      return TopicProbabilities.of(head.probabilities(nlp, sentences));
    }
  }
}
