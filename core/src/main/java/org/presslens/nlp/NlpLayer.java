package org.presslens.nlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.presslens.spi.Requirement;

/**
 * The typed key of a layer of linguistic annotation, computed once per article by the NLP engine that produces it
 * and read with {@link NlpDocument#layer(NlpLayer)}. The set of layers is open: the built-in ones below are filled
 * in by the CoreNLP engine into presslens's base model ({@link NlpDocument#sentences()} and
 * {@link NlpDocument#mentions()}), and an engine plugin declares its own with {@link #of}, whose value of type
 * {@code T} it puts on the document. A layer implies the layers it is built on ({@link #closure()}).
 *
 * <p>Two keys are equal when their ids are; the planner refuses two different keys with one id.
 *
 * @param <T> the type of the layer's value
 */
public final class NlpLayer<T> implements Requirement {

  /** Tokens and sentences (sentences never cross paragraph boundaries); its value is the sentences. */
  public static final NlpLayer<List<Sentence>> TOKENS = base("nlp:tokens", NlpDocument::sentences);
  /** Part-of-speech tags on tokens; its value is the sentences. */
  public static final NlpLayer<List<Sentence>> POS = base("nlp:pos", NlpDocument::sentences, TOKENS);
  /** Lemmas on tokens; its value is the sentences. */
  public static final NlpLayer<List<Sentence>> LEMMA = base("nlp:lemma", NlpDocument::sentences, POS);
  /** Named-entity tags on tokens and entity mentions; its value is the mentions. */
  public static final NlpLayer<List<EntityMention>> NER = base("nlp:ner", NlpDocument::mentions, LEMMA);
  /** Constituency parse of each sentence (bounded sentence length); its value is the sentences. */
  public static final NlpLayer<List<Sentence>> PARSE = base("nlp:parse", NlpDocument::sentences, POS);
  /** Sentiment class distribution of each parsed sentence and of its parse nodes; its value is the sentences. */
  public static final NlpLayer<List<Sentence>> SENTIMENT = base("nlp:sentiment", NlpDocument::sentences, PARSE);

  /** The built-in layers, in the order above. */
  public static final List<NlpLayer<?>> BUILT_IN = List.of(TOKENS, POS, LEMMA, NER, PARSE, SENTIMENT);

  /** Orders layers by id. */
  public static final Comparator<NlpLayer<?>> BY_ID = Comparator.comparing(NlpLayer::id);

  private final String id;
  private final Class<T> type;
  private final Set<NlpLayer<?>> implies;
  private final Function<NlpDocument, T> base;

  private NlpLayer(String id, Class<T> type, Set<NlpLayer<?>> implies, Function<NlpDocument, T> base) {
    if (!id.matches("[a-z][a-z0-9-]*:[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("invalid layer id '" + id + "' (expected <owner>:<name> in lower case, e.g."
          + " encoder:token-states)");
    }
    this.id = id;
    this.type = Objects.requireNonNull(type, "type");
    this.implies = Set.copyOf(implies);
    this.base = base;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> NlpLayer<T> base(String id, Function<NlpDocument, T> read, NlpLayer<?>... implies) {
    return new NlpLayer<>(id, (Class) List.class, Set.of(implies), read);
  }

  /**
   * A new layer whose value, an instance of {@code type}, an engine puts on the document with
   * {@link NlpDocument#with}; computing it needs {@code implies} first (so they are computed for whoever requires
   * it). Declare it once, as a constant, and share that constant between the engine and the analyzers.
   *
   * @param id {@code <owner>:<name>} in lower case, e.g. {@code encoder:token-states}; {@code nlp:} is reserved
   */
  public static <T> NlpLayer<T> of(String id, Class<T> type, NlpLayer<?>... implies) {
    if (id.startsWith("nlp:")) {
      throw new IllegalArgumentException("layer ids starting with 'nlp:' are reserved for the built-in layers: " + id);
    }
    return new NlpLayer<>(id, type, Set.of(implies), null);
  }

  /** The stable id, e.g. {@code nlp:ner} or {@code encoder:token-states}; also its JSON form. */
  @Override
  @JsonValue
  public String id() {
    return id;
  }

  /** The type of the layer's value. */
  public Class<T> type() {
    return type;
  }

  /** The layers this one is directly built on. */
  public Set<NlpLayer<?>> implies() {
    return implies;
  }

  /** Whether this is a built-in layer, held in the document's base model (sentences, tokens, mentions). */
  public boolean isBuiltIn() {
    return base != null;
  }

  /** The layers this one is built on, transitively, itself included. */
  public Set<NlpLayer<?>> closure() {
    return closure(List.of(this));
  }

  /** The layers {@code layers} are built on, transitively, themselves included; sorted by id. */
  public static Set<NlpLayer<?>> closure(Collection<? extends NlpLayer<?>> layers) {
    Set<NlpLayer<?>> all = new TreeSet<>(BY_ID);
    ArrayDeque<NlpLayer<?>> todo = new ArrayDeque<>(layers);
    while (!todo.isEmpty()) {
      NlpLayer<?> layer = todo.poll();
      if (all.add(layer)) {
        todo.addAll(layer.implies);
      }
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(all));
  }

  /** The value of this built-in layer in {@code document}. */
  T readBase(NlpDocument document) {
    return base.apply(document);
  }

  /**
   * The built-in layer with this id or, for annotation caches written before layers were keys, this upper-case
   * name (e.g. {@code TOKENS}); only built-in layers can be read back.
   *
   * @throws IllegalArgumentException for any other name
   */
  @JsonCreator
  public static NlpLayer<?> builtIn(String idOrName) {
    for (NlpLayer<?> layer : BUILT_IN) {
      if (layer.id.equals(idOrName) || layer.id.equals("nlp:" + idOrName.toLowerCase(Locale.ROOT))) {
        return layer;
      }
    }
    throw new IllegalArgumentException("no built-in NLP layer '" + idOrName + "'; the built-in layers are "
        + Arrays.toString(BUILT_IN.stream().map(NlpLayer::id).toArray()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NlpLayer<?> other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
