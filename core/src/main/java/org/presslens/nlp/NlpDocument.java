package org.presslens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presslens.model.Span;

/**
 * The shared NLP annotation of one article, in presslens's own immutable types: every offset points into the
 * article's {@link org.presslens.model.Article#text()}. {@link #layers()} says which layers were computed.
 */
public record NlpDocument(Set<NlpLayer> layers, List<Sentence> sentences, List<EntityMention> mentions) {

  /** The document of an article for which no NLP layer was requested. */
  public static final NlpDocument EMPTY = new NlpDocument(Set.of(), List.of(), List.of());

  public NlpDocument {
    layers = Set.copyOf(layers);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  public boolean has(NlpLayer layer) {
    return layers.contains(layer);
  }

  /** The sentences that lie inside {@code span}. */
  public List<Sentence> sentencesIn(Span span) {
    List<Sentence> inside = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.begin() >= span.begin() && s.end() <= span.end()) {
        inside.add(s);
      }
    }
    return inside;
  }
}
