package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presslens.analysis.SpanIndex;
import org.presslens.analyzers.entities.EntityGroups.Group;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.model.Span;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * One-word mentions the NER layer missed: a proper-noun token ({@code NNP}) outside every candidate that equals the
 * first or last word of a multi-word person name of the article ("an enemy of Xi") becomes a PERSON candidate, for
 * {@link ShortNamePass}. The candidates stay in order of begin.
 */
final class MissedNamePass implements GroupingPass {

  @Override
  public void apply(State state) {
    Set<String> words = new HashSet<>();
    for (Group r : state.groups().roots()) {
      if (EntityGroups.type(r) != EntityType.PERSON) {
        continue;
      }
      String[] w = EntityGroups.longestKey(r).split(" ");
      if (w.length > 1) {
        words.add(w[0]);
        words.add(w[w.length - 1]);
      }
    }
    List<Candidate> candidates = state.candidates();
    if (!words.isEmpty()) {
      List<Candidate> added = new ArrayList<>();
      SpanIndex spans = SpanIndex.of(candidates.stream().map(c -> new Span(c.begin, c.end)).toList());
      for (Sentence s : state.nlp().sentences()) {
        for (Token t : s.tokens()) {
          if ("NNP".equals(t.pos()) && words.contains(t.text()) && t.text().length() >= 2
              && !spans.overlapsAny(t.begin(), t.end())) {
            added.add(Candidate.keyed(t.begin(), t.end(), t.text(), EntityType.PERSON, MentionKind.NAME, t.text()));
          }
        }
      }
      candidates.addAll(added);
    }
    candidates.sort(CandidateFinder.byPosition());
  }
}
