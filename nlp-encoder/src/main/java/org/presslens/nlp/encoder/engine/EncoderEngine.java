package org.presslens.nlp.encoder.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.TextEncoder;
import org.presslens.nlp.encoder.TokenStates;

/**
 * The {@value #NAME} NLP engine: the MiniLM encoder's contextual token states of each sentence
 * ({@link #TOKEN_STATES}), computed from the sentences another engine found ({@linkplain #consumes() consumes}
 * {@link NlpLayer#TOKENS}); English. The encoder is obtained on the first annotation, so a pipeline whose analyzers
 * need no token states never loads it. Thread-safe.
 */
public final class EncoderEngine implements NlpEngine {

  /** The engine's name. */
  public static final String NAME = "encoder";

  /** Contextual token states per sentence. */
  public static final NlpLayer<EncodedSentences> TOKEN_STATES =
      NlpLayer.of("encoder:token-states", EncodedSentences.class);

  /**
   * The heap the shipped encoder needs, in MB: the smallest {@code -Xmx} that loaded it and encoded the 66 Webis
   * editorials on 2 threads was 208 MB (192 MB failed while loading the graph; {@code EncoderHeap} in
   * encoder-training, docs/encoder.md), plus a margin of about a quarter.
   */
  static final long REQUIRED_HEAP_MB = 256;

  private final Supplier<? extends TextEncoder> encoder;

  /** An engine on the encoder {@code encoder} gives, asked for on the first annotation. */
  public EncoderEngine(Supplier<? extends TextEncoder> encoder) {
    this.encoder = Objects.requireNonNull(encoder, "encoder");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<NlpLayer<?>> produces() {
    return Set.of(TOKEN_STATES);
  }

  @Override
  public Set<NlpLayer<?>> consumes() {
    return Set.of(NlpLayer.TOKENS);
  }

  /** English: all-MiniLM-L6-v2 was trained on English text. */
  @Override
  public Set<String> languages() {
    return Set.of("en");
  }

  /** {@value #REQUIRED_HEAP_MB} MB when {@code layers} hold the token states, else 0 (nothing is loaded). */
  @Override
  public long requiredHeapBytes(Set<NlpLayer<?>> layers) {
    return layers.contains(TOKEN_STATES) ? REQUIRED_HEAP_MB << 20 : 0;
  }

  /** Obtains the encoder (loading its model) now, when {@code layers} asks for token states. */
  @Override
  public void load(Set<NlpLayer<?>> layers) {
    if (layers.contains(TOKEN_STATES)) {
      encoder.get();
    }
  }

  @Override
  public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
    if (!produces().containsAll(layers)) {
      throw new IllegalArgumentException("the " + NAME + " engine produces " + TOKEN_STATES + " only, asked for "
          + layers);
    }
    if (layers.isEmpty()) {
      return NlpDocument.EMPTY;
    }
    List<Sentence> sentences = input.layer(NlpLayer.TOKENS);
    List<EncoderInput> inputs = new ArrayList<>();
    sentences.forEach(s -> inputs.add(EncoderInput.of(article.text().substring(s.begin(), s.end()))));
    List<TokenStates> states = inputs.isEmpty() ? List.of() : encoder.get().encode(inputs);
    List<EncodedSentences.Sentence> encoded = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      encoded.add(new EncodedSentences.Sentence(sentences.get(i).begin(), states.get(i)));
    }
    return NlpDocument.EMPTY.with(TOKEN_STATES, new EncodedSentences(encoded));
  }
}
