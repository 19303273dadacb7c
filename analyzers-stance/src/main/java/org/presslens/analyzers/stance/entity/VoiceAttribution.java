package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presslens.analysis.SpanIndex;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * Which of the author's sentences speak about a target, with a weight: 1 for a sentence with a mention; 0.8 for a
 * "the mayor"-like nominal whose title was written before the target's name; while the target is the last one
 * mentioned, 0.6 for a sentence with a pronoun of its kind among its first {@link #PRONOUN_WINDOW} tokens (0.5 across a
 * paragraph break); 0.6 of the previous weight for a sentence opening with "this"/"that". Stateless.
 */
final class VoiceAttribution {

  private VoiceAttribution() {
  }

  /**
   * The sentences about the target, with an attribution weight: 1 for a sentence with a mention. Within a paragraph,
   * while the target is the last target mentioned, a later sentence with a pronoun among its first
   * {@link #PRONOUN_WINDOW} tokens gets 0.6; a sentence that opens with "this" or "that" (or "it") right after an
   * attributed sentence gets 0.6 times that sentence's weight (when at least 0.3).
   */
  static Map<Integer, Double> attribute(Article article, List<Sentence> sentences, Target t, List<Target> all) {
    return attribute(article, sentences, t, SpanIndex.of(t.mentions()), new Mentions(article, sentences, all));
  }

  /** {@link #attribute}, with {@code own} the index of {@code t}'s mentions and {@code all} of every target's. */
  static Map<Integer, Double> attribute(Article article, List<Sentence> sentences, Target t, SpanIndex own,
                                                Mentions all) {
    Set<String> ownTitles = titlesOf(t, article.text());
    // others[j]: target j of all is another entity than t
    boolean[] others = new boolean[all.targets().size()];
    for (int j = 0; j < others.length; j++) {
      Target o = all.targets().get(j);
      others[j] = o != t && !sameEntity(o, t, own);
      if (others[j]) {
        ownTitles.removeAll(all.titles().get(j)); // a title two people share names neither
      }
    }
    Facts facts = new Facts(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      facts.paragraph()[i] = all.paragraphs().indexAt(s.begin());
      facts.mentions()[i] = own.anyWithin(new Span(s.begin(), s.end()));
      for (int j : all.mentionedIn(i)) {
        facts.other()[i] |= others[j] && all.targets().get(j).person() == t.person();
      }
    }
    return attribute(sentences, t, ownTitles, facts);
  }

  /**
   * What attribution needs to know of each sentence: its paragraph ({@code -1}: none), whether it holds a mention of
   * the target, and whether it holds one of another entity of the target's kind (person or not).
   */
  record Facts(int[] paragraph, boolean[] mentions, boolean[] other) {

    Facts(int sentences) {
      this(new int[sentences], new boolean[sentences], new boolean[sentences]);
    }
  }

  /** {@link #attribute} from the sentences' {@link Facts} and the target's own titles. */
  static Map<Integer, Double> attribute(List<Sentence> sentences, Target t, Set<String> ownTitles, Facts facts) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    boolean focus = false;
    int focusParagraph = -2;
    double previous = 0;
    int paragraph = -2;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      int p = facts.paragraph()[i];
      if (p != paragraph) {
        previous = 0;
        paragraph = p;
      }
      if (facts.mentions()[i]) {
        out.put(i, 1.0);
        focus = true;
        focusParagraph = p;
        previous = 1.0;
        continue;
      }
      boolean other = facts.other()[i];
      String title = t.person() ? nominalTitle(s) : null;
      if (!other && title != null && ownTitles.contains(title)) {
        // "the mayor" of "Mayor Helen Okafor"
        out.put(i, NOMINAL);
        focus = true;
        focusParagraph = p;
        previous = NOMINAL;
        continue;
      }
      if (other || title != null) {
        focus = false;
        previous = 0;
        continue;
      }
      double w = 0;
      if (focus && hasPronoun(s, t.person() ? PERSON_PRONOUNS : THING_PRONOUNS)) {
        w = p == focusParagraph ? 0.6 : 0.5;
      }
      if (previous > 0 && opensWithDemonstrative(s)) {
        w = Math.max(w, 0.6 * previous);
      }
      if (w >= 0.3) {
        out.put(i, w);
        previous = w;
      } else {
        previous = 0;
      }
    }
    return out;
  }

  /** Whether {@code a} and {@code b} are one entity: the same id, or overlapping mentions ({@code bIndex}: b's). */
  private static boolean sameEntity(Target a, Target b, SpanIndex bIndex) {
    if (a.entityId() != null && a.entityId().equals(b.entityId())) {
      return true;
    }
    for (Span x : a.mentions()) {
      if (bIndex.overlapsAny(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What every target's attribution looks up, built once per article: the paragraphs, each target's titles
   * ({@link #titlesOf}), and for each sentence the targets (positions in {@code targets}) with a mention inside it.
   */
  record Mentions(List<Target> targets, List<Set<String>> titles, SpanIndex paragraphs, List<int[]> bySentence) {

    Mentions(Article article, List<Sentence> sentences, List<Target> targets) {
      this(targets, targets.stream().map(t -> titlesOf(t, article.text())).toList(),
          SpanIndex.of(article.paragraphs().stream().map(Paragraph::span).toList()), inSentences(sentences, targets));
    }

    int[] mentionedIn(int sentence) {
      return bySentence.get(sentence);
    }

    private static List<int[]> inSentences(List<Sentence> sentences, List<Target> targets) {
      List<Span> spans = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      for (int j = 0; j < targets.size(); j++) {
        for (Span m : targets.get(j).mentions()) {
          spans.add(m);
          owners.add(j);
        }
      }
      SpanIndex index = SpanIndex.of(spans);
      List<int[]> out = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        out.add(Arrays.stream(index.within(new Span(s.begin(), s.end()))).map(owners::get).distinct().sorted()
            .toArray());
      }
      return out;
    }
  }

  static final int PRONOUN_WINDOW = 8;
  static final double NOMINAL = 0.8;
  static final Set<String> TITLE_NOUNS = Set.of("mayor", "councillor", "councilor", "president", "chairman",
      "chairwoman", "chair", "minister", "senator", "governor", "chancellor", "leader", "premier", "king", "queen",
      "ceo", "director", "secretary", "judge", "general", "pope", "speaker", "spokesman", "spokeswoman");

  /** The title words written just before the target's mentions ("Mayor" of "Mayor Helen Okafor"). */
  static Set<String> titlesOf(Target t, String text) {
    Set<String> titles = new HashSet<>();
    for (Span m : t.mentions()) {
      int b = m.begin();
      int e = b;
      while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int w = e;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      String word = text.substring(w, e).toLowerCase(Locale.ROOT);
      if (TITLE_NOUNS.contains(word)) {
        titles.add(word);
      }
    }
    return titles;
  }

  /** The title of a "the mayor"-like nominal in the sentence, or null. */
  static String nominalTitle(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (Terms.lower(tokens.get(k).text()).equals("the")) {
        String next = Terms.lower(tokens.get(k + 1).text());
        if (TITLE_NOUNS.contains(next)) {
          return next;
        }
      }
    }
    return null;
  }
  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him");
  static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "their", "them");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "it", "such", "these");

  /** The first of {@code pronouns} among the first {@link #PRONOUN_WINDOW} tokens, or -1. */
  static int pronounAt(Sentence s, Set<String> pronouns) {
    List<Token> tokens = s.tokens();
    for (int k = 0; k < Math.min(PRONOUN_WINDOW, tokens.size()); k++) {
      if (pronouns.contains(Terms.lower(tokens.get(k).text()))) {
        return k;
      }
    }
    return -1;
  }

  static boolean hasPronoun(Sentence s, Set<String> pronouns) {
    List<Token> tokens = s.tokens();
    for (int k = 0; k < Math.min(PRONOUN_WINDOW, tokens.size()); k++) {
      if (pronouns.contains(Terms.lower(tokens.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  static boolean opensWithDemonstrative(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int k = 0; k < Math.min(2, tokens.size()); k++) {
      if (DEMONSTRATIVES.contains(Terms.lower(tokens.get(k).text()))) {
        return true;
      }
    }
    return false;
  }
}
