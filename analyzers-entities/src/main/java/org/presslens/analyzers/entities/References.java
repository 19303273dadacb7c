package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.SpanIndex;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.EntityResolver.ResolvedEntity;
import org.presslens.analyzers.entities.EntityResolver.ResolvedMention;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * Mentions that refer back to an entity without naming it, in the author's voice only (words inside quotation marks
 * are neither references nor antecedents):
 * <ul>
 *   <li>PRONOUN: "he", "him", "his", "she", "her"... refer to the person named last, when that was in the same or the
 *       previous paragraph and no other person was named in the same sentence as that mention (then it is not clear
 *       which of them); "its" refers to the organisation named last in the same paragraph, when no place was named
 *       after it. "it" and "they" are left alone (often an expletive, or people in the plural).</li>
 *   <li>NOMINAL: "the mayor", "the president" refer to the one person of the article whose name was written after that
 *       title ("Mayor Helen Okafor"), after that person's first mention; not "the president of ...", and not when
 *       two people of the article carry the title.</li>
 * </ul>
 * Gender is not known, so "she" may go to a man named last; the rule prefers saying nothing when two people compete.
 */
final class References {

  static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  static final Set<String> THING_PRONOUNS = Set.of("its", "itself");
  static final Set<String> TITLE_NOUNS = Set.of("mayor", "councillor", "councilor", "president", "chairman",
      "chairwoman", "chair", "minister", "senator", "governor", "chancellor", "premier", "king", "queen", "ceo",
      "director", "secretary", "judge", "general", "pope", "speaker", "spokesman", "spokeswoman");

  private References() {
  }

  /**
   * The references to each entity of {@code entities} (same order), each list in text order. {@code entities} are the
   * resolved entities with their name-like mentions.
   */
  static List<List<ResolvedMention>> find(Article article, NlpDocument nlp, List<ResolvedEntity> entities,
                                          QuoteSpans quotes) {
    String text = article.text();
    List<List<ResolvedMention>> out = new ArrayList<>();
    int[] owner = new int[text.length()];
    Arrays.fill(owner, -1);
    for (int i = 0; i < entities.size(); i++) {
      out.add(new ArrayList<>());
      for (ResolvedMention m : entities.get(i).mentions()) {
        Arrays.fill(owner, m.begin(), m.end(), i);
      }
    }
    SpanIndex paragraphs = SpanIndex.of(article.paragraphs().stream().map(Paragraph::span).toList());
    Map<String, Integer> titled = titleHolders(text, entities);
    Focus person = new Focus();
    Focus thing = new Focus();
    for (Sentence s : nlp.sentences()) {
      Set<Integer> people = new HashSet<>();
      List<Token> tokens = s.tokens();
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.end() <= t.begin() || quotes.voiceOf(new Span(t.begin(), t.end())) != Voice.AUTHOR) {
          continue;
        }
        int paragraph = paragraphs.indexAt(t.begin());
        int e = named(owner, t);
        if (e >= 0) {
          EntityType type = entities.get(e).type();
          if (type == EntityType.PERSON) {
            people.add(e);
            person.set(e, paragraph, people.size() > 1);
          } else if (type == EntityType.ORGANIZATION || type == EntityType.LOCATION) {
            thing.set(type == EntityType.ORGANIZATION ? e : -1, paragraph, false);
          }
          continue;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(w) && person.clear() && paragraph - person.paragraph <= 1) {
          out.get(person.entity).add(new ResolvedMention(t.begin(), t.end(), t.text(), MentionKind.PRONOUN));
        } else if (THING_PRONOUNS.contains(w) && thing.clear() && paragraph == thing.paragraph) {
          out.get(thing.entity).add(new ResolvedMention(t.begin(), t.end(), t.text(), MentionKind.PRONOUN));
        } else if (w.equals("the") && k + 1 < tokens.size()) {
          Token title = tokens.get(k + 1);
          Integer holder = titled.get(title.text().toLowerCase(Locale.ROOT));
          if (holder != null && !namedNext(tokens, k + 2) && firstMention(entities.get(holder)) < t.begin()
              && named(owner, title) < 0 && quotes.voiceOf(new Span(title.begin(), title.end())) == Voice.AUTHOR) {
            out.get(holder).add(new ResolvedMention(t.begin(), title.end(), text.substring(t.begin(), title.end()),
                MentionKind.NOMINAL));
            people.add(holder);
            person.set(holder, paragraph, people.size() > 1);
            k++;
          }
        }
      }
    }
    return out;
  }

  /** The entity one of whose name-like mentions covers part of the token, or -1. */
  private static int named(int[] owner, Token t) {
    for (int i = t.begin(); i < t.end() && i < owner.length; i++) {
      if (owner[i] >= 0) {
        return owner[i];
      }
    }
    return -1;
  }

  /** Whether token {@code k} starts a name or "of" ("the president Xi", "the president of France"). */
  private static boolean namedNext(List<Token> tokens, int k) {
    if (k >= tokens.size() || tokens.get(k).text().isEmpty()) {
      return false;
    }
    String next = tokens.get(k).text();
    return Character.isUpperCase(next.charAt(0)) || next.equalsIgnoreCase("of");
  }

  /** The entity last named (or referred to) in the author's voice, where, and whether another competed with it. */
  private static final class Focus {
    int entity = -1;
    int paragraph = -1;
    boolean ambiguous;

    void set(int e, int p, boolean ambiguous) {
      this.entity = e;
      this.paragraph = p;
      this.ambiguous = ambiguous;
    }

    boolean clear() {
      return entity >= 0 && !ambiguous;
    }
  }

  private static int firstMention(ResolvedEntity e) {
    return e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).begin();
  }

  /**
   * The titles of {@link #TITLE_NOUNS} written right before the name of exactly one PERSON entity ("Mayor Helen
   * Okafor"), with that entity's position in {@code entities}.
   */
  static Map<String, Integer> titleHolders(String text, List<ResolvedEntity> entities) {
    Map<String, Integer> holders = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (int i = 0; i < entities.size(); i++) {
      ResolvedEntity e = entities.get(i);
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (ResolvedMention m : e.mentions()) {
        int end = m.begin();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
          begin--;
        }
        String word = text.substring(begin, end).toLowerCase(Locale.ROOT);
        if (TITLE_NOUNS.contains(word) && holders.getOrDefault(word, i) != i) {
          shared.add(word);
        } else if (TITLE_NOUNS.contains(word)) {
          holders.put(word, i);
        }
      }
    }
    shared.forEach(holders::remove);
    return holders;
  }
}
