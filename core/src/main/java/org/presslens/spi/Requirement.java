package org.presslens.spi;

import org.presslens.nlp.NlpLayer; // javadoc

/**
 * Something an analyzer needs before it can run: an NLP layer computed by the NLP engine that produces it
 * ({@link NlpLayer}), or the result of another analyzer ({@link ResultKey}). These two are the only kinds the
 * pipeline understands.
 */
public interface Requirement {

  /** A stable name for messages and listings, e.g. {@code nlp:ner} or {@code result:entities}. */
  String id();
}
