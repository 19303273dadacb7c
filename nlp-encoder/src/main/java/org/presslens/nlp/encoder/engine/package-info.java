/**
 * The encoder as an NLP engine of the pipeline: {@link org.presslens.nlp.encoder.engine.EncoderEngine} produces the
 * layer {@code encoder:token-states} from the sentences of the engine that produces {@code nlp:tokens}.
 */
package org.presslens.nlp.encoder.engine;
