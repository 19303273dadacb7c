package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.analyzers.entities.EntityResolver.ResolvedEntity;
import org.presslens.analyzers.entities.EntityResolver.ResolvedMention;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * Names the NER layer typed PERSON that are not people:
 * <ul>
 *   <li>an organisation: most of its naming mentions stand right before an organisation noun ("Charlie Hebdo
 *       cartoonists", "Charlie Hebdo's offices") or right after one with "of" ("the offices of Charlie Hebdo"); a
 *       person's name is rarely written so, a magazine's, a firm's or a party's often is;</li>
 *   <li>a slogan or play on an organisation's name: a name written once, which ends with the first word of an
 *       organisation of the article and follows a capitalised word the NER layer left out ("Je Suis Charlie" beside
 *       Charlie Hebdo, tagged "Suis Charlie"): typed MISC.</li>
 * </ul>
 */
final class OrganisationContext {

  /** Nouns that, next to a name, say it names an organisation or a publication. */
  static final Set<String> NOUNS = Set.of("magazine", "newspaper", "paper", "weekly", "daily", "offices", "office",
      "headquarters", "staff", "journalists", "cartoonists", "cartoons", "cover", "editorial", "editors", "editor",
      "company", "firm", "party", "group", "network", "channel", "website", "publication", "brand", "agency", "inc",
      "ltd", "corporation", "foundation", "movement", "employees", "newsroom");

  private OrganisationContext() {
  }

  /** The entities, each retyped as above (in order). */
  static List<ResolvedEntity> retype(List<ResolvedEntity> entities, String text) {
    List<ResolvedEntity> out = new ArrayList<>();
    for (ResolvedEntity e : entities) {
      out.add(retype(e, text));
    }
    Set<String> organisationFirstWords = new HashSet<>();
    for (ResolvedEntity e : out) {
      String[] words = e.name().split(" ");
      if (e.type() == EntityType.ORGANIZATION && words.length >= 2) {
        organisationFirstWords.add(words[0]);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      ResolvedEntity e = out.get(i);
      if (e.type() == EntityType.PERSON && e.mentions().size() == 1 && slogan(e, text, organisationFirstWords)) {
        out.set(i, new ResolvedEntity(e.name(), EntityType.MISC, e.subtype(), e.mentions()));
      }
    }
    return out;
  }

  private static boolean slogan(ResolvedEntity e, String text, Set<String> organisationFirstWords) {
    String[] words = e.name().split(" ");
    if (!organisationFirstWords.contains(words[words.length - 1])) {
      return false;
    }
    int begin = e.mentions().get(0).begin();
    if (begin < 2 || text.charAt(begin - 1) != ' ') {
      return false;
    }
    String before = wordBefore(text, begin, 0);
    int at = begin - 1 - before.length();
    return !before.isEmpty() && Character.isUpperCase(text.charAt(at));
  }

  /** {@code e} retyped ORGANIZATION when it is a PERSON whose mentions mostly stand next to an organisation noun. */
  static ResolvedEntity retype(ResolvedEntity e, String text) {
    if (e.type() != EntityType.PERSON) {
      return e;
    }
    int naming = 0;
    int organisation = 0;
    for (ResolvedMention m : e.mentions()) {
      if (m.kind() != null && m.kind().refersBack()) {
        continue;
      }
      naming++;
      if (NOUNS.contains(wordAfter(text, m.end())) || "of".equals(wordBefore(text, m.begin(), 0))
          && NOUNS.contains(wordBefore(text, m.begin(), 1))) {
        organisation++;
      }
    }
    return naming >= 2 && organisation * 2 >= naming
        ? new ResolvedEntity(e.name(), EntityType.ORGANIZATION, e.subtype(), e.mentions()) : e;
  }

  /** The word right after {@code from}, lower-case, a possessive "'s" skipped. */
  static String wordAfter(String text, int from) {
    int i = from;
    if (i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’') && text.charAt(i + 1) == 's') {
      i += 2;
    }
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j).toLowerCase(Locale.ROOT);
  }

  /** The {@code skip}-th word before {@code to} (0: the nearest), lower-case; words end at a space only. */
  static String wordBefore(String text, int to, int skip) {
    int j = to;
    for (int k = 0; ; k++) {
      while (j > 0 && text.charAt(j - 1) == ' ') {
        j--;
      }
      int i = j;
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      if (k == skip || i == j) {
        return text.substring(i, j).toLowerCase(Locale.ROOT);
      }
      j = i;
    }
  }
}
