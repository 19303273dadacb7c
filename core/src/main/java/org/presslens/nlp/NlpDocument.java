package org.presslens.nlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The NLP annotation of one article, in presslens's own immutable types: every offset points into the article's
 * {@link org.presslens.model.Article#text()}. {@link #layers()} says which layers were computed. The built-in layers
 * live in the base model ({@link #sentences()}, their tokens, {@link #mentions()}); any other layer is a typed value
 * read with {@link #layer(NlpLayer)}. Engine types never appear here.
 *
 * <p>As JSON (an annotation cache) only the base model is written; values of other layers are not.
 */
@JsonPropertyOrder({"layers", "sentences", "mentions"})
public final class NlpDocument {

  /** The document of an article for which no NLP layer was requested. */
  public static final NlpDocument EMPTY = new NlpDocument(Set.of(), List.of(), List.of());

  private final Set<NlpLayer<?>> layers;
  private final List<Sentence> sentences;
  private final List<EntityMention> mentions;
  private final Map<NlpLayer<?>, Object> values;

  /**
   * A document of built-in layers: {@code layers} (built-in only) and the base model they fill.
   *
   * @throws IllegalArgumentException for a layer that is not built in (it needs a value: {@link #with})
   */
  @JsonCreator
  public NlpDocument(@JsonProperty("layers") Set<? extends NlpLayer<?>> layers,
                     @JsonProperty("sentences") List<Sentence> sentences,
                     @JsonProperty("mentions") List<EntityMention> mentions) {
    this(layers, sentences, mentions, Map.of());
    for (NlpLayer<?> layer : layers) {
      if (!layer.isBuiltIn()) {
        throw new IllegalArgumentException("layer " + layer.id() + " is not built in; add it with its value: with("
            + layer.id() + ", value)");
      }
    }
  }

  private NlpDocument(Set<? extends NlpLayer<?>> layers, List<Sentence> sentences, List<EntityMention> mentions,
                      Map<NlpLayer<?>, Object> values) {
    this.layers = Collections.unmodifiableSet(new LinkedHashSet<>(layers));
    this.sentences = List.copyOf(sentences);
    this.mentions = List.copyOf(mentions);
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The layers computed for this article. */
  @JsonProperty("layers")
  public Set<NlpLayer<?>> layers() {
    return layers;
  }

  /** The sentences (with the built-in layers' annotations on them); empty without {@link NlpLayer#TOKENS}. */
  @JsonProperty("sentences")
  public List<Sentence> sentences() {
    return sentences;
  }

  /** The entity mentions; empty without {@link NlpLayer#NER}. */
  @JsonProperty("mentions")
  public List<EntityMention> mentions() {
    return mentions;
  }

  /** Whether {@code layer} was computed. */
  public boolean has(NlpLayer<?> layer) {
    return layers.contains(layer);
  }

  /**
   * The value of {@code layer}: for a built-in layer, the part of the base model it fills (see its constant).
   *
   * @throws IllegalStateException when the layer was not computed for this article (an analyzer reads only the
   *     layers it declared in its requirements), naming the layer and the computed ones
   */
  public <T> T layer(NlpLayer<T> layer) {
    if (!has(layer)) {
      throw new IllegalStateException("the NLP layer " + layer.id() + " was not computed for this article (computed: "
          + layers + "); declare it among the analyzer's requirements");
    }
    return layer.isBuiltIn() ? layer.readBase(this) : layer.type().cast(values.get(layer));
  }

  /**
   * This document with {@code layer} added, whose value is {@code value}: how an engine contributes a layer that is
   * not built in.
   *
   * @throws IllegalArgumentException for a built-in layer, a layer already present, or a value of the wrong type
   */
  public <T> NlpDocument with(NlpLayer<T> layer, T value) {
    if (layer.isBuiltIn()) {
      throw new IllegalArgumentException("the built-in layer " + layer.id() + " lives in the base model; build the"
          + " document with new NlpDocument(layers, sentences, mentions)");
    }
    if (has(layer)) {
      throw new IllegalArgumentException("the layer " + layer.id() + " is already present");
    }
    Map<NlpLayer<?>, Object> more = new LinkedHashMap<>(values);
    more.put(layer, layer.type().cast(Objects.requireNonNull(value, "value")));
    Set<NlpLayer<?>> all = new LinkedHashSet<>(layers);
    all.add(layer);
    return new NlpDocument(all, sentences, mentions, more);
  }

  /**
   * This document plus what an engine added, {@code added}: the union of the layers, {@code added}'s base model when
   * it has built-in layers (an engine that computes a built-in layer returns the whole base model), and the values
   * of both.
   *
   * @throws IllegalArgumentException when both hold a value for the same layer
   */
  public NlpDocument plus(NlpDocument added) {
    if (added.layers.isEmpty()) {
      return this;
    }
    if (layers.isEmpty()) {
      return added;
    }
    Map<NlpLayer<?>, Object> all = new LinkedHashMap<>(values);
    added.values.forEach((layer, value) -> {
      if (all.putIfAbsent(layer, value) != null) {
        throw new IllegalArgumentException("the layer " + layer.id() + " was computed twice");
      }
    });
    Set<NlpLayer<?>> union = new LinkedHashSet<>(layers);
    union.addAll(added.layers);
    boolean addsBase = added.layers.stream().anyMatch(NlpLayer::isBuiltIn);
    return new NlpDocument(union, addsBase ? added.sentences : sentences, addsBase ? added.mentions : mentions, all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NlpDocument d && d.layers.equals(layers) && d.sentences.equals(sentences)
        && d.mentions.equals(mentions) && d.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(layers, sentences, mentions, values);
  }

  @Override
  public String toString() {
    return "NlpDocument[layers=" + layers + ", sentences=" + sentences.size() + ", mentions=" + mentions.size() + "]";
  }
}
