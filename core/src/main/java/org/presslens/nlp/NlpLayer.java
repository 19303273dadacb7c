package org.presslens.nlp;

import java.util.Locale;
import java.util.Set;
import org.presslens.spi.Requirement;

/**
 * A layer of linguistic annotation the shared NLP engine can compute. Layers imply the layers they are built on
 * ({@link #closure}); the engine computes the union the selected analyzers need, once per article.
 */
public enum NlpLayer implements Requirement {
  /** Tokens and sentences (sentences never cross paragraph boundaries). */
  TOKENS,
  /** Part-of-speech tags on tokens. */
  POS,
  /** Lemmas on tokens. */
  LEMMA,
  /** Named-entity tags on tokens and entity mentions. */
  NER,
  /** Constituency parse of each sentence (bounded sentence length). */
  PARSE,
  /** Sentiment class distribution of each parsed sentence and of its parse nodes. */
  SENTIMENT;

  @Override
  public String id() {
    return "nlp:" + name().toLowerCase(Locale.ROOT);
  }

  /** The layers this one is built on, itself included. */
  public Set<NlpLayer> closure() {
    return switch (this) {
      case TOKENS -> Set.of(TOKENS);
      case POS -> Set.of(TOKENS, POS);
      case LEMMA -> Set.of(TOKENS, POS, LEMMA);
      case NER -> Set.of(TOKENS, POS, LEMMA, NER);
      case PARSE -> Set.of(TOKENS, POS, PARSE);
      case SENTIMENT -> Set.of(TOKENS, POS, PARSE, SENTIMENT);
    };
  }
}
