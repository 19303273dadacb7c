package org.presslens.analyzers.stance.api;

import java.util.List;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.spi.ModelProvider;

/**
 * A topic stance model for the stance analyzer (a model plugin): found with {@link java.util.ServiceLoader} (list the
 * class in {@code META-INF/services/org.presslens.analyzers.stance.api.TopicStanceModelProvider}), selected by the
 * option {@code stance.topicModel} (its {@link #name()}). The analyzer ships {@code ngram}; the jar
 * {@code presslens-encoder-models} adds {@code encoder}. Cheap to construct; {@link #load()} loads the model.
 */
public interface TopicStanceModelProvider extends ModelProvider {

  /** The model, loaded on the first call and shared by later ones (it is thread-safe). */
  Model load();

  /** What a loaded model predicts: the stance of a text toward a topic. */
  interface Model {

    /** Whether the model knows {@code topic} (a canonical topic name such as {@code climate}). */
    boolean knows(String topic);

    /** A short id of the model of {@code topic}, for the result's {@code model} field. */
    String id(String topic);

    /**
     * The stance toward {@code topic} of the text made of {@code sentences} (sentences of {@code article}, whose NLP
     * document {@code nlp} holds the layers the provider {@linkplain ModelProvider#requires() requires}).
     */
    TopicProbabilities ofText(String topic, Article article, NlpDocument nlp, List<Sentence> sentences);

    /** The stance toward {@code topic} of one sentence; by default the text of that sentence alone. */
    default TopicProbabilities ofSentence(String topic, Article article, NlpDocument nlp, Sentence sentence) {
      return ofText(topic, article, nlp, List.of(sentence));
    }
  }

  /** P(NONE), P(AGAINST), P(FAVOR) (summing to 1). */
  record TopicProbabilities(double none, double against, double favor) {

    /** From an array in the SemEval order none, against, favor. */
    public static TopicProbabilities of(double[] p) {
      return new TopicProbabilities(p[0], p[1], p[2]);
    }

    /** From an array in the SemEval order none, against, favor. */
    public static TopicProbabilities of(float[] p) {
      return new TopicProbabilities(p[0], p[1], p[2]);
    }

    /** As an array in the order none, against, favor. */
    public double[] toArray() {
      return new double[] {none, against, favor};
    }
  }
}
