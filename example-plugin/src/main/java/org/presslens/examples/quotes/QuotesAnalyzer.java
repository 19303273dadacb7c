package org.presslens.examples.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.examples.quotes.QuotesResult.Attribution;
import org.presslens.examples.quotes.QuotesResult.Quote;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;

/**
 * Finds quotations (presslens's {@link QuoteSpans}: text between double quotation marks inside one paragraph) and
 * attributes each to a speaker from the tokens and PERSON mentions of the shared NLP layer: a speech verb next to a
 * name after the quotation ({@code "...," said Jane Smith}, {@code "...," Smith said}) or before it
 * ({@code Smith said: "..."}, {@code according to Smith, "..."}), a pronoun ({@code "...," she said}: the person
 * quoted or named last), a continuation of the previous paragraph's speaker, or the only person named in the
 * paragraph. Speakers are named by the fullest form of the name in the article ("Blair" → "Tony Blair").
 *
 * <p>Stateless and thread-safe, as analyzers must be.
 */
final class QuotesAnalyzer implements Analyzer<QuotesResult> {

  static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds", "asked",
      "asks", "stated", "states", "insisted", "insists", "argued", "argues", "explained", "explains", "claimed",
      "claims", "warned", "warns", "wrote", "writes", "noted", "notes", "replied", "replies", "continued", "declared",
      "announced", "admitted", "admits", "suggested", "suggests", "recalled", "urged", "urges", "stressed",
      "commented", "acknowledged", "conceded", "maintained", "predicted", "promised", "vowed", "joked", "cautioned",
      "confirmed", "denied", "observed", "remarked", "responded", "tweeted", "complained", "according");
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> STOPS = Set.of(".", "!", "?", ";", "\"", "\u201C", "\u201D", "\u00AB", "\u00BB",
      "``", "''");
  private static final int WINDOW = 9;

  private final int minWords;
  private final boolean useEntities;

  QuotesAnalyzer(int minWords, boolean useEntities) {
    this.minWords = minWords;
    this.useEntities = useEntities;
  }

  @Override
  public QuotesResult analyze(AnalysisContext context) {
    Article article = context.article();
    String text = article.text();
    QuoteSpans quoteSpans = QuoteSpans.of(article);
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : context.nlp().sentences()) {
      tokens.addAll(s.tokens());
    }
    List<EntityMention> persons = new ArrayList<>();
    for (EntityMention m : context.nlp().mentions()) {
      if ("PERSON".equals(m.type()) && quoteSpans.quotedChars(new Span(m.begin(), m.end())) == 0) {
        persons.add(m);
      }
    }
    Names names = new Names(persons, useEntities ? context.result(QuotesAnalyzerProvider.ENTITIES) : null);

    List<Quote> quotes = new ArrayList<>();
    String lastSpeaker = null;
    Paragraph lastQuoteParagraph = null;
    String lastQuoteSpeaker = null;
    for (Span q : quoteSpans.spans()) {
      String inner = text.substring(q.begin() + 1, Math.max(q.begin() + 1, closes(text, q) ? q.end() - 1 : q.end()))
          .strip();
      int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
      if (words < minWords) {
        continue;
      }
      Paragraph paragraph = paragraphOf(article, q.begin());
      Found found = best(after(tokens, persons, q, paragraph, inner), before(tokens, persons, q, paragraph));
      String speaker = null;
      Attribution how = null;
      Integer sb = null;
      Integer se = null;
      if (found != null && found.mention != null) {
        speaker = names.of(found.mention);
        how = found.how;
        sb = found.mention.begin();
        se = found.mention.end();
      } else if (found != null) { // a pronoun: the entities analyzer's referent, else the last speaker or name
        speaker = names.referentOf(found.pronoun);
        if (speaker == null) {
          speaker = lastSpeaker != null ? lastSpeaker : names.lastBefore(q.begin());
        }
        how = speaker != null ? Attribution.PRONOUN : null;
        sb = speaker != null ? found.pronoun.begin() : null;
        se = speaker != null ? found.pronoun.end() : null;
      }
      if (speaker == null && lastQuoteSpeaker != null && lastQuoteParagraph != null && paragraph != null
          && continues(article, text, lastQuoteParagraph, paragraph, q)) {
        speaker = lastQuoteSpeaker;
        how = Attribution.CONTINUATION;
      }
      if (speaker == null && paragraph != null) {
        speaker = names.onlyOneIn(paragraph);
        how = speaker != null ? Attribution.NEARBY : null;
      }
      quotes.add(new Quote(q.begin(), q.end(), inner, words, speaker, how, sb, se));
      if (speaker != null) {
        lastSpeaker = speaker;
      }
      lastQuoteParagraph = paragraph;
      lastQuoteSpeaker = speaker;
    }
    return summarize(quotes, text.length());
  }

  private static boolean closes(String text, Span q) {
    char c = text.charAt(q.end() - 1);
    return q.length() > 1 && (c == '"' || c == '\u201D' || c == '\u00BB');
  }

  private static QuotesResult summarize(List<Quote> quotes, int textLength) {
    Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
    int unattributed = 0;
    long quotedChars = 0;
    for (Quote q : quotes) {
      quotedChars += q.end() - q.begin();
      if (q.speaker() == null) {
        unattributed++;
      } else {
        bySpeaker.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(q);
      }
    }
    List<QuotesResult.Speaker> speakers = new ArrayList<>();
    bySpeaker.forEach((name, qs) -> speakers.add(new QuotesResult.Speaker(name, qs.size(),
        qs.stream().mapToInt(Quote::words).sum(),
        qs.stream().map(q -> new QuotesResult.Span(q.begin(), q.end())).toList())));
    speakers.sort(Comparator.comparingInt(QuotesResult.Speaker::quotes).reversed()
        .thenComparing(Comparator.comparingInt(QuotesResult.Speaker::words).reversed())
        .thenComparing(QuotesResult.Speaker::name));
    double share = textLength == 0 ? 0 : Math.round(quotedChars * 10000.0 / textLength) / 10000.0;
    return new QuotesResult(quotes, speakers, unattributed, share);
  }

  /** A speaker found next to a speech verb: a PERSON mention, or a pronoun to resolve. */
  private record Found(EntityMention mention, Token pronoun, Attribution how) {
  }

  /** A name beats a pronoun; after the quotation beats before it. */
  private static Found best(Found after, Found before) {
    if (after != null && after.mention != null) {
      return after;
    }
    if (before != null && before.mention != null) {
      return before;
    }
    return after != null ? after : before;
  }

  /**
   * {@code "...," said Smith} / {@code "...," Smith said} / {@code "...," she said}. A quotation that ends its
   * sentence ({@code ."}) is not attributed by what follows, which is a new sentence; after {@code ?"} or {@code !"}
   * only a lower-case continuation counts ({@code "Why?" she asked}).
   */
  private static Found after(List<Token> tokens, List<EntityMention> persons, Span q, Paragraph p, String inner) {
    int first = firstTokenFrom(tokens, q.end());
    if (inner.endsWith(".") || inner.endsWith("…")) {
      return null;
    }
    if ((inner.endsWith("?") || inner.endsWith("!")) && (first >= tokens.size()
        || !Character.isLowerCase(tokens.get(first).text().charAt(0)))) {
      return null;
    }
    List<Token> window = new ArrayList<>();
    for (int i = first; i < tokens.size() && window.size() < WINDOW; i++) {
      Token t = tokens.get(i);
      if (p != null && t.begin() >= p.end() || STOPS.contains(t.text())) {
        break;
      }
      window.add(t);
    }
    return attribution(window, persons, Attribution.AFTER);
  }

  /** {@code Smith said: "..."} / {@code according to Smith, "..."} / {@code He told reporters: "..."}. */
  private static Found before(List<Token> tokens, List<EntityMention> persons, Span q, Paragraph p) {
    int last = firstTokenFrom(tokens, q.begin()) - 1;
    List<Token> window = new ArrayList<>();
    for (int i = last; i >= 0 && window.size() < WINDOW + 3; i--) {
      Token t = tokens.get(i);
      if (p != null && t.end() <= p.begin() || STOPS.contains(t.text())) {
        break;
      }
      window.add(0, t);
    }
    return attribution(window, persons, Attribution.BEFORE);
  }

  /** A speech verb in {@code window} with a person (or pronoun) right before it or just after it. */
  private static Found attribution(List<Token> window, List<EntityMention> persons, Attribution how) {
    for (int v = 0; v < window.size(); v++) {
      String word = window.get(v).text().toLowerCase(Locale.ROOT);
      if (!SPEECH_VERBS.contains(word)) {
        continue;
      }
      if (word.equals("according")) {
        if (v + 1 < window.size() && window.get(v + 1).text().equalsIgnoreCase("to")) {
          EntityMention m = personStartingIn(window, v + 2, v + 5, persons);
          if (m != null) {
            return new Found(m, null, how);
          }
        }
        continue;
      }
      EntityMention before = personEndingIn(window, Math.max(0, v - 3), v, persons);
      if (before != null) {
        return new Found(before, null, how);
      }
      EntityMention after = personStartingIn(window, v + 1, v + 5, persons);
      if (after != null) {
        return new Found(after, null, how);
      }
      if (v > 0 && PRONOUNS.contains(window.get(v - 1).text().toLowerCase(Locale.ROOT))) {
        return new Found(null, window.get(v - 1), how);
      }
      if (v + 1 < window.size() && PRONOUNS.contains(window.get(v + 1).text().toLowerCase(Locale.ROOT))) {
        return new Found(null, window.get(v + 1), how);
      }
    }
    return null;
  }

  /** The PERSON mention that ends at one of the window's tokens {@code [from, to)}, the latest one. */
  private static EntityMention personEndingIn(List<Token> window, int from, int to, List<EntityMention> persons) {
    for (int i = Math.min(to, window.size()) - 1; i >= from; i--) {
      Token t = window.get(i);
      for (EntityMention m : persons) {
        if (m.end() == t.end()) {
          return m;
        }
      }
    }
    return null;
  }

  /** The PERSON mention that starts at one of the window's tokens {@code [from, to)}, the earliest one. */
  private static EntityMention personStartingIn(List<Token> window, int from, int to, List<EntityMention> persons) {
    for (int i = from; i < Math.min(to, window.size()); i++) {
      Token t = window.get(i);
      for (EntityMention m : persons) {
        if (m.begin() == t.begin()) {
          return m;
        }
      }
    }
    return null;
  }

  private static int firstTokenFrom(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static Paragraph paragraphOf(Article article, int offset) {
    for (Paragraph p : article.paragraphs()) {
      if (p.begin() <= offset && offset < p.end()) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether an unattributed quotation continues the previous one's speaker: it opens the paragraph after the previous
   * quotation's, or opens a sentence in the same paragraph (news style for a quotation running on).
   */
  private static boolean continues(Article article, String text, Paragraph previous, Paragraph current, Span q) {
    List<Paragraph> all = article.paragraphs();
    int i = all.indexOf(previous);
    int j = all.indexOf(current);
    if (i < 0) {
      return false;
    }
    if (j == i + 1) {
      return q.begin() == current.begin();
    }
    if (j != i) {
      return false;
    }
    String before = text.substring(current.begin(), q.begin()).stripTrailing();
    return before.isEmpty() || before.endsWith(".") || before.endsWith("\"") || before.endsWith("”");
  }

  /** Speaker names: the fullest form of each PERSON name in the article, or the entities analyzer's canonical name. */
  private static final class Names {
    private final List<EntityMention> persons;
    private final EntitiesResult entities;
    private final Set<String> forms = new TreeSet<>();

    Names(List<EntityMention> persons, EntitiesResult entities) {
      this.persons = persons;
      this.entities = entities;
      persons.forEach(m -> forms.add(clean(m.text())));
    }

    String of(EntityMention m) {
      if (entities != null) {
        for (EntitiesResult.Entity e : entities.entities()) {
          for (EntitiesResult.Mention em : e.namingMentions()) {
            if (em.begin() < m.end() && m.begin() < em.end()) {
              return e.name();
            }
          }
        }
      }
      String name = clean(m.text());
      String[] words = name.split("\\s+");
      String last = words[words.length - 1];
      String best = name;
      for (String f : forms) {
        String[] fw = f.split("\\s+");
        if (fw.length > best.split("\\s+").length && fw[fw.length - 1].equals(last)
            && List.of(fw).containsAll(List.of(words))) {
          best = f;
        }
      }
      return best;
    }

    /** The person a pronoun refers to by the entities analyzer (a PRONOUN mention of a person), or null. */
    String referentOf(Token pronoun) {
      if (entities == null) {
        return null;
      }
      for (EntitiesResult.Entity e : entities.entities()) {
        for (EntitiesResult.Mention em : e.mentions()) {
          if (em.kind() == EntitiesResult.MentionKind.PRONOUN && em.begin() == pronoun.begin()
              && "PERSON".equals(e.type())) {
            return e.name();
          }
        }
      }
      return null;
    }

    /** The person named last before {@code offset}. */
    String lastBefore(int offset) {
      EntityMention last = null;
      for (EntityMention m : persons) {
        if (m.end() <= offset) {
          last = m;
        }
      }
      return last == null ? null : of(last);
    }

    /** The only person named in {@code p} (outside quotations), or null. */
    String onlyOneIn(Paragraph p) {
      Set<String> in = new TreeSet<>();
      for (EntityMention m : persons) {
        if (p.begin() <= m.begin() && m.end() <= p.end()) {
          in.add(of(m));
        }
      }
      return in.size() == 1 ? in.iterator().next() : null;
    }

    private static String clean(String s) {
      return s.replaceAll("\\s+", " ").replaceAll("['\u2019]s$", "").strip();
    }
  }
}
