package org.presslens.analyzers.entities.api;

import java.util.List;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.spi.ModelProvider;

/**
 * A targeted sentiment model for the entities analyzer (a model plugin): found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.presslens.analyzers.entities.api.TargetSentimentModelProvider}),
 * selected by the option {@code entities.sentimentModel} (its {@link #name()}, or {@code auto}: the highest
 * {@link #rank()}). The entities analyzer ships {@code linear} (rank 0); the jar {@code presslens-encoder-models}
 * adds {@code encoder}. Cheap to construct; {@link #load()} loads the model.
 */
public interface TargetSentimentModelProvider extends ModelProvider {

  /**
   * The model, loaded on the first call and shared by later ones (it is thread-safe); the entities analyzer calls
   * this once, when it is created, and only for the selected model.
   */
  Model load();

  /** What a loaded model predicts: the sentiment toward each target, for the targets of one article at a time. */
  interface Model {

    /**
     * Whether the model can score this article's mentions (the linear model needs a parse of some sentence); when not,
     * the article's entities get no sentiment. True by default.
     */
    default boolean applies(NlpDocument nlp) {
      return true;
    }

    /**
     * The probabilities of negative, neutral and positive sentiment toward each target, in target order. The targets
     * are all the scored mentions of one article (so a batched model's batches depend on the article only, and one
     * call serves the whole article).
     */
    List<PolarityProbabilities> predict(List<SentimentTarget> targets);
  }
}
