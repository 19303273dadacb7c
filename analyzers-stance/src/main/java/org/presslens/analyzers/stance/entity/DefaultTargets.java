package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.model.Span;

/**
 * Which entities get a stance when no target is named: the ones the article is about. Left out are
 * <ul>
 *   <li>bystanders: entities mentioned once ("Miss Maddie's house was on fire" does not make Maddie a target);</li>
 *   <li>fragments: a name that holds the whole name of an entity of another type and more ("GA Voice Cochran", where
 *       "GA Voice" is an organisation).</li>
 * </ul>
 * A "person" whose mentions are mostly followed by an organisation noun ("Charlie Hebdo magazine", "the Hebdo
 * offices") is taken as the organisation it is.
 */
final class DefaultTargets {

  /** Nouns that, right after a name, say it names an organisation or a publication. */
  static final Set<String> ORGANISATION_NOUNS = Set.of("magazine", "newspaper", "paper", "weekly", "daily",
      "offices", "office", "headquarters", "staff", "journalists", "cartoonists", "editors", "editor", "company",
      "firm", "party", "group", "network", "channel", "website", "publication", "brand", "agency", "inc", "ltd",
      "corporation", "foundation", "movement");

  static final int MIN_MENTIONS = 2;

  private DefaultTargets() {
  }

  /** The type a target is taken as: an organisation when most of its mentions are followed by an organisation noun. */
  static String typeOf(Target t, String text) {
    if (!"PERSON".equals(t.type()) || t.mentions().isEmpty()) {
      return t.type();
    }
    int org = 0;
    for (Span m : t.mentions()) {
      String next = nextWord(text, m.end());
      if (ORGANISATION_NOUNS.contains(next)) {
        org++;
      }
    }
    return org * 2 >= t.mentions().size() ? "ORGANIZATION" : t.type();
  }

  /**
   * The candidates that are about the article, in their order: at least {@link #MIN_MENTIONS} mentions, no fragment
   * of another entity's name ({@code others}: every entity of the article with its type, from the same grouping).
   */
  static List<Target> filter(List<Target> candidates, List<Target> others,
                                           String text) {
    List<Set<String>> otherTokens = new ArrayList<>();
    List<String> otherTypes = new ArrayList<>();
    for (Target o : others) {
      otherTokens.add(new HashSet<>(TargetSelection.nameTokens(o.name())));
      otherTypes.add(typeOf(o, text));
    }
    List<Target> out = new ArrayList<>();
    for (Target t : candidates) {
      if (t.mentions().size() < MIN_MENTIONS) {
        continue;
      }
      String type = typeOf(t, text);
      Set<String> own = new HashSet<>(TargetSelection.nameTokens(t.name()));
      boolean fragment = false;
      for (int i = 0; i < others.size() && !fragment; i++) {
        Set<String> o = otherTokens.get(i);
        if (o.isEmpty() || o.equals(own) || otherTypes.get(i) == null || otherTypes.get(i).equals(type)) {
          continue;
        }
        fragment = own.size() > o.size() && own.containsAll(o);
      }
      if (!fragment) {
        out.add(type.equals(t.type()) ? t
            : new Target(t.name(), t.entityId(), type, t.mentions(), t.sentiment(), t.rank()));
      }
    }
    return out;
  }

  private static String nextWord(String text, int from) {
    int i = from;
    if (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’') && text.charAt(i + 1) == 's') {
      i += 2;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }
}
