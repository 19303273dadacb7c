package org.presslens.analyzers.sentiment.api;

import java.util.List;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.nlp.Sentence;
import org.presslens.spi.ModelProvider;

/**
 * A sentence sentiment model for the sentiment analyzer (a model plugin): found with
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider}), selected by the
 * option {@code sentiment.model} (its {@link #name()}; beside the built-in {@code corenlp} and {@code lexicon}; or
 * {@code auto}: the highest {@link #rank()}, {@code corenlp} when there is no plugin). The jar
 * {@code presslens-encoder-models} adds {@code encoder}. Cheap to construct; {@link #load()} loads the model.
 */
public interface SentenceSentimentModelProvider extends ModelProvider {

  /** The model, loaded on the first call and shared by later ones (it is thread-safe). */
  Model load();

  /** What a loaded model predicts: the polarity of each sentence of one article. */
  interface Model {

    /**
     * P(negative), P(neutral), P(positive) of each of {@code sentences} (the sentences of {@code nlp}, the article's
     * NLP document, which holds the layers the provider {@linkplain ModelProvider#requires() requires}), in order; one
     * call per article.
     */
    List<PolarityProbabilities> predict(NlpDocument nlp, List<Sentence> sentences);
  }
}
