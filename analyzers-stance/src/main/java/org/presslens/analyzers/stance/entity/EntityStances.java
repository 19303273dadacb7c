package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;
import org.presslens.result.EntitiesResult;
import org.presslens.result.SentimentResult;
import org.presslens.result.StanceResult;
import org.presslens.result.StanceResult.Evidence;
import org.presslens.result.StanceResult.Label;
import org.presslens.result.Voice;

/**
 * The author's stance toward entities. Only the author's voice counts: sentences mostly inside quotation marks are
 * never evidence, and words inside quotation marks never count. For each target, the sentences that mention it
 * (and the next sentences of the paragraph that continue about it with a pronoun or "this"/"that") are scored from
 * the sentence's sentiment (the {@code sentiment} analyzer) and stance cues near the mention ({@link StanceCues}:
 * evaluative words, doubt, irony, contrast); the scores are pooled with the entity-level sentiment (when the
 * {@code entities} analyzer computed it) into FAVOR / AGAINST / NONE. Stateless and thread-safe.
 */
public final class EntityStances {

  public static final String MODEL = "entity-cues-1";
  static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  /** People are the usual targets of an author's stance, then organisations, then places. */
  static final Map<String, Double> TYPE_WEIGHT = Map.of("PERSON", 1.0, "ORGANIZATION", 0.8, "LOCATION", 0.6);
  static final double THRESHOLD = 0.1;
  static final double PLACE_THRESHOLD = 0.2;
  static final int MAX_EVIDENCE = 5;
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
      "president", "prime", "minister", "mayor", "councillor", "councilor", "senator", "governor", "chancellor",
      "leader", "chairman", "chair", "professor", "judge", "general", "king", "queen", "prince", "the", "of");

  private EntityStances() {
  }

  /** One target: its display name, the entity id (or null) and its mentions. */
  record Target(String name, String entityId, String type, List<Span> mentions, Double sentiment, double rank) {

    boolean person() {
      return type == null || type.equals("PERSON");
    }
  }

  /** The inputs of one article. */
  public record Input(Article article, NlpDocument nlp, EntitiesResult entities, SentimentResult sentiment) {
  }

  /** Stances toward {@code names}, or toward the {@code count} most salient entities when {@code names} is empty. */
  public static List<StanceResult.Stance> analyze(Input in, List<String> names, int count) {
    List<Target> targets = names.isEmpty() ? salient(in, count) : named(in, names);
    QuoteSpans quotes = QuoteSpans.of(in.article());
    Map<Integer, Double> sentenceSentiment = sentenceSentiment(in.sentiment());
    // every person, organisation and place of the article moves the focus of "he", "she", "it"
    List<Target> everyone = new ArrayList<>(targets);
    for (Group g : groups(in.entities())) {
      everyone.add(g.target());
    }
    List<StanceResult.Stance> out = new ArrayList<>();
    for (Target t : targets) {
      out.add(stance(in, t, quotes, sentenceSentiment, everyone));
    }
    return out;
  }

  /** Entities of the kinds that take a stance, merged by name (a surname joins the full name), most salient first. */
  static List<Target> salient(Input in, int count) {
    List<Group> groups = groups(in.entities());
    groups.sort(Comparator.comparingDouble((Group g) -> -g.rank()).thenComparingInt(Group::firstBegin));
    List<Target> out = new ArrayList<>();
    for (Group g : groups.subList(0, Math.min(count, groups.size()))) {
      out.add(g.target());
    }
    return out;
  }

  /** The targets the user named: the entities whose names match, or the name's occurrences in the text. */
  static List<Target> named(Input in, List<String> names) {
    List<Group> groups = groups(in.entities());
    List<Target> out = new ArrayList<>();
    for (String name : names) {
      List<String> key = nameTokens(name);
      Group match = null;
      for (Group g : groups) {
        for (EntitiesResult.Entity e : g.members) {
          List<String> k = nameTokens(e.name());
          if (!key.isEmpty() && !k.isEmpty() && (k.containsAll(key) || key.containsAll(k))) {
            match = g;
            break;
          }
        }
        if (match != null) {
          break;
        }
      }
      if (match != null) {
        Target t = match.target();
        out.add(new Target(name, t.entityId(), t.type(), t.mentions(), t.sentiment(), t.rank()));
      } else {
        List<Span> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(in.article().text());
        while (m.find()) {
          spans.add(new Span(m.start(), m.end()));
        }
        out.add(new Target(name, null, null, spans, null, 0));
      }
    }
    return out;
  }

  /** Entities merged when one's name tokens (titles aside) are a subset of another's of the same type. */
  private static final class Group {
    final List<EntitiesResult.Entity> members = new ArrayList<>();

    EntitiesResult.Entity head() {
      return members.get(0);
    }

    double rank() {
      double salience = 0;
      boolean any = false;
      int mentions = 0;
      for (EntitiesResult.Entity e : members) {
        if (e.salience() != null) {
          salience += e.salience();
          any = true;
        }
        mentions += e.mentions().size();
      }
      double factor = TYPE_WEIGHT.getOrDefault(head().type(), 0.5);
      return (any ? salience * 1000 + mentions * 1e-3 : mentions) * factor;
    }

    int firstBegin() {
      return members.stream().flatMap(e -> e.mentions().stream()).mapToInt(EntitiesResult.Mention::begin).min()
          .orElse(Integer.MAX_VALUE);
    }

    Target target() {
      List<Span> spans = new ArrayList<>();
      double sentimentSum = 0;
      int sentimentCount = 0;
      for (EntitiesResult.Entity e : members) {
        e.mentions().forEach(m -> spans.add(new Span(m.begin(), m.end())));
        if (e.sentiment() != null && e.sentiment().mentions() > 0) {
          sentimentSum += e.sentiment().score() * e.sentiment().mentions();
          sentimentCount += e.sentiment().mentions();
        }
      }
      spans.sort(Comparator.naturalOrder());
      return new Target(head().name(), head().id(), head().type(), spans,
          sentimentCount == 0 ? null : sentimentSum / sentimentCount, rank());
    }
  }

  private static List<Group> groups(EntitiesResult entities) {
    List<EntitiesResult.Entity> candidates = new ArrayList<>();
    for (EntitiesResult.Entity e : entities.entities()) {
      if (TYPES.contains(e.type()) && !nameTokens(e.name()).isEmpty() && !e.mentions().isEmpty()) {
        candidates.add(e);
      }
    }
    // longest names first, so that a surname joins the full name
    candidates.sort(Comparator.comparingInt((EntitiesResult.Entity e) -> -nameTokens(e.name()).size()));
    List<Group> groups = new ArrayList<>();
    for (EntitiesResult.Entity e : candidates) {
      List<String> k = nameTokens(e.name());
      List<Group> hosts = new ArrayList<>();
      for (Group g : groups) {
        List<String> hk = nameTokens(g.head().name());
        if (g.head().type().equals(e.type()) && hk.size() > k.size() && hk.containsAll(k)) {
          hosts.add(g);
        }
      }
      if (hosts.size() == 1) {
        hosts.get(0).members.add(e);
      } else {
        Group g = new Group();
        g.members.add(e);
        groups.add(g);
      }
    }
    return groups;
  }

  static List<String> nameTokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : name.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}'-]+")) {
      String s = t.endsWith("'s") ? t.substring(0, t.length() - 2) : t;
      if (!s.isEmpty() && !TITLES.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static Map<Integer, Double> sentenceSentiment(SentimentResult sentiment) {
    Map<Integer, Double> byBegin = new HashMap<>();
    if (sentiment != null) {
      for (SentimentResult.SentenceSentiment s : sentiment.sentences()) {
        if (s.score() != null && s.voice() != Voice.QUOTED) {
          byBegin.put(s.begin(), s.score());
        }
      }
    }
    return byBegin;
  }

  /** A scored sentence for one target. */
  private record Scored(Sentence sentence, double attribution, double score) {
    double contribution() {
      return attribution * score;
    }
  }

  private static StanceResult.Stance stance(Input in, Target t, QuoteSpans quotes, Map<Integer, Double> sentiment,
                                            List<Target> all) {
    Article article = in.article();
    List<Sentence> sentences = in.nlp().sentences();
    Map<Integer, Double> attributed = attribute(article, sentences, t, all);
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : attributed.entrySet()) {
      Sentence s = sentences.get(e.getKey());
      Span span = new Span(s.begin(), s.end());
      if (quotes.voiceOf(span) != Voice.AUTHOR) {
        continue;
      }
      double score = score(s, t, quotes, sentiment.get(s.begin()), article.text().length());
      scored.add(new Scored(s, e.getValue(), score));
    }
    double sum = 0;
    double weights = 0;
    for (Scored s : scored) {
      sum += s.contribution();
      weights += s.attribution();
    }
    double pooled = sum / (weights + 1.0);
    if (t.sentiment() != null) {
      pooled += 0.15 * t.sentiment();
    }
    pooled = Math.max(-1, Math.min(1, pooled));
    // places carry the sentiment of what happens there more than the author's stance: a higher bar
    double threshold = "LOCATION".equals(t.type()) ? PLACE_THRESHOLD : THRESHOLD;
    Label label = pooled >= threshold ? Label.FAVOR : pooled <= -threshold ? Label.AGAINST : Label.NONE;
    double confidence = label == Label.NONE ? 0.5 + 0.5 * (1 - Math.abs(pooled) / threshold)
        : Math.abs(pooled) / (Math.abs(pooled) + threshold);
    if (scored.isEmpty()) {
      confidence = 0.5;
    }
    List<Scored> carrying = new ArrayList<>();
    for (Scored s : scored) {
      boolean agrees = label == Label.FAVOR ? s.score() > 0 : label == Label.AGAINST ? s.score() < 0 : true;
      if (agrees && Math.abs(s.contribution()) >= 0.02) {
        carrying.add(s);
      }
    }
    carrying.sort(Comparator.comparingDouble((Scored s) -> -Math.abs(s.contribution())));
    List<Scored> top = carrying.subList(0, Math.min(MAX_EVIDENCE, carrying.size()));
    double total = top.stream().mapToDouble(s -> Math.abs(s.contribution())).sum();
    List<Evidence> evidence = new ArrayList<>();
    for (Scored s : top) {
      Sentence sentence = s.sentence();
      evidence.add(new Evidence(sentence.begin(), sentence.end(),
          article.text().substring(sentence.begin(), sentence.end()),
          s.score() > 0 ? Label.FAVOR : s.score() < 0 ? Label.AGAINST : Label.NONE,
          round(total == 0 ? 0 : Math.abs(s.contribution()) / total)));
    }
    return new StanceResult.Stance(t.name(), StanceResult.TargetKind.ENTITY, t.entityId(), label, round(confidence),
        round(pooled), evidence, MODEL);
  }

  /**
   * The sentences about the target, with an attribution weight: 1 for a sentence with a mention. Within a paragraph,
   * while the target is the last target mentioned, a later sentence with a pronoun among its first
   * {@link #PRONOUN_WINDOW} tokens gets 0.6; a sentence that opens with "this" or "that" (or "it") right after an
   * attributed sentence gets 0.6 times that sentence's weight (when at least 0.3).
   */
  static Map<Integer, Double> attribute(Article article, List<Sentence> sentences, Target t, List<Target> all) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    Set<String> ownTitles = titlesOf(t, article.text());
    for (Target o : all) {
      if (o != t && !sameEntity(o, t)) {
        ownTitles.removeAll(titlesOf(o, article.text())); // a title two people share names neither
      }
    }
    List<Paragraph> paragraphs = article.paragraphs();
    boolean focus = false;
    int focusParagraph = -2;
    double previous = 0;
    int paragraph = -2;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      int p = paragraphOf(paragraphs, s.begin());
      if (p != paragraph) {
        previous = 0;
        paragraph = p;
      }
      if (mentions(t, s)) {
        out.put(i, 1.0);
        focus = true;
        focusParagraph = p;
        previous = 1.0;
        continue;
      }
      boolean other = false;
      for (Target o : all) {
        if (o != t && o.person() == t.person() && mentions(o, s) && !sameEntity(o, t)) {
          other = true;
          break;
        }
      }
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

  private static boolean sameEntity(Target a, Target b) {
    if (a.entityId() != null && a.entityId().equals(b.entityId())) {
      return true;
    }
    for (Span x : a.mentions()) {
      for (Span y : b.mentions()) {
        if (x.overlaps(y)) {
          return true;
        }
      }
    }
    return false;
  }

  static final int PRONOUN_WINDOW = 8;
  static final double NOMINAL = 0.8;
  static final Set<String> TITLE_NOUNS = Set.of("mayor", "councillor", "councilor", "president", "chairman",
      "chairwoman", "chair", "minister", "senator", "governor", "chancellor", "leader", "premier", "king", "queen",
      "ceo", "director", "secretary", "judge", "general", "pope", "speaker", "spokesman", "spokeswoman");

  /** The title words written just before the target's mentions ("Mayor" of "Mayor Helen Okafor"). */
  static Set<String> titlesOf(Target t, String text) {
    Set<String> titles = new java.util.HashSet<>();
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
  private static String nominalTitle(Sentence s) {
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
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "their", "them");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "it", "such", "these");

  private static boolean hasPronoun(Sentence s, Set<String> pronouns) {
    List<Token> tokens = s.tokens();
    for (int k = 0; k < Math.min(PRONOUN_WINDOW, tokens.size()); k++) {
      if (pronouns.contains(Terms.lower(tokens.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWithDemonstrative(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int k = 0; k < Math.min(2, tokens.size()); k++) {
      if (DEMONSTRATIVES.contains(Terms.lower(tokens.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphOf(List<Paragraph> paragraphs, int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (offset >= paragraphs.get(i).begin() && offset < paragraphs.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean mentions(Target t, Sentence s) {
    for (Span m : t.mentions()) {
      if (m.begin() >= s.begin() && m.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stance a sentence expresses toward the target, -1..1: the author's cues (weighted by nearness to the
   * target's mentions and by contrast) plus the sentence's sentiment when it is mostly the author's.
   */
  static double score(Sentence s, Target t, QuoteSpans quotes, Double sentenceSentiment, int textLength) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    List<String> lower = new ArrayList<>(n);
    boolean[] author = new boolean[n];
    List<Integer> mentionTokens = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Token tok = tokens.get(i);
      lower.add(Terms.lower(tok.text()));
      author[i] = quotes.quotedChars(new Span(tok.begin(), tok.end())) == 0;
      for (Span m : t.mentions()) {
        if (tok.begin() >= m.begin() && tok.end() <= m.end()) {
          mentionTokens.add(i);
          author[i] = false; // a name is not an evaluation
        }
      }
    }
    double[] contrast = StanceCues.contrastWeights(lower);
    boolean ironic = StanceCues.ironic(lower);
    double cueSum = 0;
    for (StanceCues.Cue c : StanceCues.find(lower, author)) {
      double w = c.weight();
      if (ironic && w > 0) {
        w *= 0.5;
      }
      double near = 1.0;
      if (!mentionTokens.isEmpty()) {
        int d = Integer.MAX_VALUE;
        for (int m : mentionTokens) {
          d = Math.min(d, m < c.first() ? c.first() - m : m >= c.end() ? m - c.end() + 1 : 0);
        }
        near = Math.max(0.4, 1 - d / 20.0);
      }
      cueSum += w * near * contrast[c.first()];
    }
    int quoted = 0;
    int total = 0;
    for (Token tok : tokens) {
      total += tok.end() - tok.begin();
      quoted += quotes.quotedChars(new Span(tok.begin(), tok.end()));
    }
    double sent = sentenceSentiment == null || total == 0 ? 0 : sentenceSentiment * (1 - (double) quoted / total);
    if (StanceCues.scopeNegated(lower)) {
      sent = -0.8 * sent;
    }
    return Math.tanh(0.6 * cueSum + 0.6 * sent);
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
