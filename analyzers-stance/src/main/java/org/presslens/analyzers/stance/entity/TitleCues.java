package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.presslens.analyzers.stance.text.Terms;

/**
 * The title's stance cues toward a target: the title is metadata (not in the article text), so it is tokenized
 * here and scored with the same cues as an author's sentence, nearness measured from the target's name in it.
 */
record TitleCues(boolean mentioned, double score) {

  static TitleCues of(String title, Target t) {
    if (title == null || title.isBlank()) {
      return new TitleCues(false, 0);
    }
    Set<String> names = new HashSet<>(TargetSelection.nameTokens(t.name()));
    List<String> lower = new ArrayList<>();
    List<Integer> mentions = new ArrayList<>();
    for (Terms.Tok tok : Terms.tokenize(title)) {
      String w = Terms.lower(tok.text());
      String bare = w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
      if (names.contains(bare) && bare.length() > 1) {
        mentions.add(lower.size());
      }
      lower.add(w);
    }
    if (mentions.isEmpty()) {
      return new TitleCues(false, 0);
    }
    boolean[] author = new boolean[lower.size()];
    java.util.Arrays.fill(author, true);
    mentions.forEach(m -> author[m] = false);
    return new TitleCues(true, CueScoring.score(lower, author, mentions, 0));
  }
}
