package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presslens.analysis.SpanIndex;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * Demonyms on the tokens, tagged or not ("Russian", "North Koreans", "Soviets"), and place names or demonyms inside
 * hyphenated words ("post-Soviet", "US-led"), as candidates of kind DEMONYM (or ALIAS), for {@link CandidateFinder}.
 */
final class DemonymFinder {

  private final Gazetteer gazetteer = Gazetteer.get();

  /**
   * Adds the demonyms of the sentences: a NER mention of exactly the phrase (or inside it), or a MISC mention around
   * it whose other words are not a name, gives way to it; a longer name around it (an organisation named after the
   * country, "American League", "Richard Finn") wins.
   */
  void addDemonyms(NlpDocument nlp, LiveSpans<Candidate> candidates, SpanIndex works,
                           Set<Integer> sentenceStarts) {
    int longest = gazetteer.longestDemonymTokens();
    for (Sentence s : nlp.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
          int begin = tokens.get(i).begin();
          int end = tokens.get(i + n - 1).end();
          StringBuilder sb = new StringBuilder();
          for (int k = i; k < i + n; k++) {
            if (k > i) {
              sb.append(' ');
            }
            sb.append(tokens.get(k).text());
          }
          String phrase = sb.toString();
          if (gazetteer.demonym(phrase).isEmpty() || works.overlapsAny(begin, end)) {
            continue;
          }
          // an NER mention of exactly this phrase (or inside it) becomes the demonym; a longer one (an
          // organisation named after the country) wins
          boolean inLonger = false;
          List<Candidate> covered = new ArrayList<>();
          for (Candidate c : candidates.overlapping(begin, end)) {
            if (c.begin >= begin && c.end <= end
                || c.is(EntityType.MISC) && c.kind != MentionKind.DEMONYM
                && !NameEvidence.isName(c.begin, c.end, begin, end, s, sentenceStarts)) {
              covered.add(c); // a MISC mention around a demonym ("Imported North Korean") is the demonym
            } else {
              // an organisation, place or MISC name around it ("American League"), or a person's name with it
              // ("Richard Finn"; a leading demonym was trimmed off the person: "Chinese President Xi")
              inLonger = true;
            }
          }
          if (inLonger) {
            break;
          }
          covered.forEach(candidates::remove);
          Candidate d = new Candidate(begin, end, phrase, EntityType.LOCATION);
          d.key = phrase;
          d.kind = MentionKind.DEMONYM;
          candidates.add(d);
          // a person mention that started with the demonym ("Chinese President Xi") was trimmed already
          i += n - 1;
          break;
        }
      }
    }
  }

  /**
   * Demonyms and place names inside hyphenated words ("post-Soviet", "Soviet-era", "Russia-backed"): the part
   * becomes a mention of the place, unless an organisation, place or person mention covers the word.
   */
  void addCompoundParts(NlpDocument nlp, LiveSpans<Candidate> candidates, SpanIndex works) {
    for (Sentence s : nlp.sentences()) {
      for (Token t : s.tokens()) {
        String word = t.text();
        if (word.indexOf('-') <= 0 || works.overlapsAny(t.begin(), t.end())) {
          continue;
        }
        List<Candidate> covering = new ArrayList<>();
        boolean named = false;
        for (Candidate c : candidates.overlapping(t.begin(), t.end())) {
          if (c.is(EntityType.MISC) && c.kind != MentionKind.DEMONYM) {
            covering.add(c);
          } else {
            named = true;
          }
        }
        if (named) {
          continue;
        }
        int at = 0;
        List<Candidate> parts = new ArrayList<>();
        for (String part : word.split("-")) {
          int begin = t.begin() + at;
          at += part.length() + 1;
          if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
            continue;
          }
          Candidate c = null;
          if (gazetteer.demonym(part).isPresent()) {
            c = new Candidate(begin, begin + part.length(), part, EntityType.LOCATION);
            c.kind = MentionKind.DEMONYM;
          } else if (gazetteer.place(part).isPresent()) {
            c = new Candidate(begin, begin + part.length(), part, EntityType.LOCATION);
            c.kind = MentionKind.ALIAS;
          }
          if (c != null) {
            c.key = part;
            parts.add(c);
          }
        }
        if (!parts.isEmpty()) {
          covering.forEach(candidates::remove);
          parts.forEach(candidates::add);
        }
      }
    }
  }
}
