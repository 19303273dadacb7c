package org.presslens.analyzers.entities;

import java.util.List;
import java.util.Optional;
import org.presslens.analyzers.entities.EntityResolver.ResolvedMention;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

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
    List<Token> tokens = sentence.tokens();
    int first = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() < m.end() && t.end() > m.begin()) {
        if (first < 0) {
          first = i;
        }
        end = i + 1;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    String text = article.text().substring(sentence.begin(), sentence.end());
    return Optional.of(new SentimentTarget(sentence, text, m.begin(), Math.min(m.end(), sentence.end()), first, end, quoted));
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
