package org.presslens.analyzers.entities.api;

import java.util.List;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.spi.ModelProvider;

/**
 * A name tagger for the entities analyzer (a model plugin): per token, how likely it begins or continues the name of
 * a person, organisation, place or other thing. The analyzer combines these scores with the NER layer's own mentions
 * (each token's NER-layer label gets the bonus of {@link Model#nerLayerBonus()}) and takes the best label sequence
 * as the article's name mentions, before it groups them into entities. Found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.presslens.analyzers.entities.api.NameTaggerProvider}), selected by
 * the option {@code entities.nameTagger} (its {@link #name()}; {@code none}: the NER layer's mentions as they are;
 * {@code auto}: the highest {@link #rank()}, {@code none} when there is no tagger). The jar
 * {@code presslens-encoder-models} adds {@code encoder}. Cheap to construct; {@link #load()} loads the model.
 */
public interface NameTaggerProvider extends ModelProvider {

  /**
   * The labels, in the order of each token's scores: outside any name, then the first ({@code B-}) and a following
   * ({@code I-}) token of a person ({@code PER}), organisation ({@code ORG}), place ({@code LOC}) and other name
   * ({@code MISC}: events, works, nationalities...), CoNLL-2003's types.
   */
  List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");

  /** The model, loaded on the first call and shared by later ones (it is thread-safe). */
  Model load();

  /** What a loaded tagger computes for one article at a time. */
  interface Model {

    /**
     * Per sentence of {@code nlp} (in order), the log-probability of each of the {@link #LABELS} for each of its
     * tokens: an array of {@code tokens × LABELS.size()} values, row-major.
     */
    List<float[]> logProbabilities(Article article, NlpDocument nlp);

    /**
     * What the NER layer's label of a token adds to the tagger's log-probability of that label: {@code entity} where
     * the layer puts the token in a name (its B- or I- label of the name's type), {@code outside} where it does not
     * (label O). Zero and zero: the tagger alone; large: the NER layer wins wherever it is confident enough.
     */
    Bonus nerLayerBonus();
  }

  /** The weights of the NER layer's labels in the combination, chosen on development data with the tagger. */
  record Bonus(float entity, float outside) {
  }
}
