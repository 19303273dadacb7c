package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presslens.analysis.SpanIndex;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * The candidate mentions of an article, before grouping, in order of begin (longer first): quoted titles as
 * WORK_OF_ART ({@link WorkTitles}), the NER layer's mentions of entity types outside them, trimmed to their names
 * ({@link MentionTrim}), demonyms and hyphenated place parts ({@link DemonymFinder}), hyphen-joined names split
 * ({@link HyphenatedNames}); a LOCATION after "in", "at", "near"... votes 1.5 for its type.
 */
final class CandidateFinder {

  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "across", "outside",
      "inside", "toward", "towards", "around", "through");

  private final DemonymFinder demonyms = new DemonymFinder();
  private final HyphenatedNames hyphenated = new HyphenatedNames();

  List<Candidate> find(Article article, NlpDocument nlp) {
    return find(article, nlp, nlp.mentions());
  }

  /** The candidates with {@code mentions} as the name mentions (the NER layer's, or a name tagger's). */
  List<Candidate> find(Article article, NlpDocument nlp, List<EntityMention> mentions) {
    String text = article.text();
    List<Candidate> candidates = new ArrayList<>();
    List<int[]> workSpans = WorkTitles.workSpans(article);
    SpanIndex works = SpanIndex.of(workSpans.stream().map(w -> new Span(w[0], w[1])).toList());
    for (int[] w : workSpans) {
      String title = text.substring(w[0], w[1]);
      candidates.add(Candidate.keyed(w[0], w[1], title, EntityType.WORK_OF_ART, MentionKind.NAME,
          Names.normalize(title)));
    }
    Set<Integer> sentenceStarts = new HashSet<>();
    nlp.sentences().forEach(s -> sentenceStarts.add(s.tokens().isEmpty() ? s.begin() : s.tokens().get(0).begin()));
    for (EntityMention m : mentions) {
      Optional<EntityTypes.Typed> typed = EntityTypes.of(m.type());
      if (typed.isEmpty() || works.overlapsAny(m.begin(), m.end())) {
        continue;
      }
      Candidate c = new Candidate(m.begin(), m.end(), m.text(), typed.get().type());
      c.subtype = typed.get().subtype();
      if ("NATIONALITY".equals(m.type())) {
        c.kind = MentionKind.DEMONYM;
      }
      MentionTrim.trim(c, text);
      if (c.end > c.begin && c.key != null && !c.key.isEmpty() && Character.isLetterOrDigit(c.key.charAt(0))) {
        candidates.add(c);
      }
    }
    LiveSpans<Candidate> live = new LiveSpans<>(candidates, c -> c.begin, c -> c.end);
    demonyms.addDemonyms(nlp, live, works, sentenceStarts);
    demonyms.addCompoundParts(nlp, live, works);
    List<Candidate> out = new ArrayList<>(live.items());
    out.sort(byPosition());
    hyphenated.split(out);
    GluedNames.split(out);
    locativeVotes(out, nlp, text);
    return out;
  }

  /** In order of begin, the longer first. */
  static Comparator<Candidate> byPosition() {
    return Comparator.comparingInt((Candidate c) -> c.begin).thenComparingInt(c -> -c.end);
  }

  private static void locativeVotes(List<Candidate> candidates, NlpDocument nlp, String text) {
    Map<Integer, Token> byEnd = new HashMap<>();
    for (Sentence s : nlp.sentences()) {
      s.tokens().forEach(t -> byEnd.put(t.end(), t));
    }
    for (Candidate c : candidates) {
      int i = c.begin - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      Token previous = byEnd.get(i + 1);
      if (previous != null && LOCATIVE.contains(previous.text().toLowerCase(Locale.ROOT))
          && c.is(EntityType.LOCATION)) {
        c.vote = 1.5;
      }
    }
  }
}
