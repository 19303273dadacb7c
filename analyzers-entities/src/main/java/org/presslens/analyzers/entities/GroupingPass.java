package org.presslens.analyzers.entities;

import java.util.List;
import org.presslens.nlp.NlpDocument;

/**
 * One named step of {@link EntityResolver}: joins candidates to groups or merges groups of the union-find.
 * Passes run in a fixed order; each sees what the earlier ones did.
 */
interface GroupingPass {

  /** What a pass works on: the candidates in order of begin (a pass may add some), the groups, the NLP layer. */
  record State(List<Candidate> candidates, EntityGroups groups, NlpDocument nlp) {
  }

  void apply(State state);
}
