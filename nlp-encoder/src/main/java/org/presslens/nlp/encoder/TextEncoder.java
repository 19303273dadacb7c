package org.presslens.nlp.encoder;

import java.util.List;

/**
 * A contextual text encoder: for each input the hidden state of every token, aligned to character offsets of the
 * input's texts. Implementations are thread-safe.
 */
public interface TextEncoder {

  /** Width of the token states. */
  int dimension();

  /** Most tokens per input, special tokens included; longer inputs are truncated (see {@link TokenStates#truncated()}). */
  int maxTokens();

  /** Encodes the inputs, in batches, and returns their token states in input order. */
  List<TokenStates> encode(List<EncoderInput> inputs);

  /** Encodes one text. */
  default TokenStates encode(String text) {
    return encode(List.of(EncoderInput.of(text))).get(0);
  }
}
