package org.presslens.analyzers.entities;

import java.util.List;
import java.util.Optional;
import org.presslens.analyzers.entities.EntityResolver.ResolvedMention;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;

/** A mention as a target of the targeted sentiment model: its sentence and the tokens it covers. */
final class MentionTargets {

  private MentionTargets() {
  }

  /**
   * The target of {@code m}; empty when no sentence holds its first char or no token of that sentence overlaps it
   * (such a mention gets no sentiment). The target's chars are the mention's, cut at the sentence's end.
   */
  static Optional<SentimentTarget> target(Article article, NlpDocument nlp, ResolvedMention m, boolean quoted) {
    Sentence sentence = sentenceAt(nlp.sentences(), m.begin());
    if (sentence == null) {
      return Optional.empty();
    }
    String text = article.text().substring(sentence.begin(), sentence.end());
    return SentimentTarget.in(sentence, text, m.begin(), m.end(), quoted);
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.begin()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
