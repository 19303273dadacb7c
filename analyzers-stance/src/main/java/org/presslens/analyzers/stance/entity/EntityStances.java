package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.SpanIndex;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Evidence;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * The author's stance toward entities. Only the author's voice counts: sentences mostly inside quotation marks are
 * never evidence, and words inside quotation marks never count. For each target, the sentences that mention it
 * (and the next sentences of the paragraph that continue about it with a pronoun or "this"/"that") are scored from
 * the sentence's sentiment (the {@code sentiment} analyzer) and stance cues near the mention ({@link StanceCues}:
 * evaluative words, doubt, irony, contrast); the scores are pooled with the entity-level sentiment (when the
 * {@code entities} analyzer computed it) into FAVOR / AGAINST / NONE. Stateless and thread-safe.
 */
public final class EntityStances {

  public static final String MODEL = "entity-stance-2";
  /** The model name of the rule used when no {@link EntityStanceModel} is present. */
  public static final String RULE_MODEL = "entity-cues-2";
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

  /**
   * Stances toward {@code names}, or toward the {@code count} most salient entities when {@code names} is empty. Time
   * linear in the article's length for a given number of targets: entities are grouped through an index of their
   * name tokens, and sentences, paragraphs and mentions are matched through {@link SpanIndex}es.
   */
  public static List<StanceResult.Stance> analyze(Input in, List<String> names, int count) {
    return analyze(in, names, count, BUNDLED.get());
  }

  private static final com.google.common.base.Supplier<EntityStanceModel> BUNDLED =
      com.google.common.base.Suppliers.memoize(EntityStanceModel::bundled);

  /** {@link #analyze(Input, List, int)} deciding with {@code model} (null: the cue rule). */
  public static List<StanceResult.Stance> analyze(Input in, List<String> names, int count, EntityStanceModel model) {
    List<Group> groups = groups(in.entities());
    List<Target> targets = names.isEmpty() ? salient(in, groups, count) : named(in, groups, names);
    QuoteSpans quotes = QuoteSpans.of(in.article());
    Map<Integer, Double> sentenceSentiment = sentenceSentiment(in.sentiment());
    // every person, organisation and place of the article moves the focus of "he", "she", "it"
    List<Target> everyone = new ArrayList<>(targets);
    for (Group g : groups) {
      everyone.add(g.target());
    }
    Mentions mentions = new Mentions(in.article(), in.nlp().sentences(), everyone);
    List<StanceResult.Stance> out = new ArrayList<>();
    for (Target t : targets) {
      out.add(stance(in, t, quotes, sentenceSentiment, mentions, model));
    }
    return out;
  }

  /** Entities of the kinds that take a stance, merged by name (a surname joins the full name), most salient first. */
  static List<Target> ranked(Input in, int count) {
    List<Target> all = ranked(groups(in.entities()));
    return List.copyOf(all.subList(0, Math.min(count, all.size())));
  }

  /** The {@code count} most salient {@link DefaultTargets} (no bystanders, no fragments). */
  private static List<Target> salient(Input in, List<Group> groups, int count) {
    List<Target> candidates = ranked(groups);
    List<Target> others = new ArrayList<>();
    for (EntitiesResult.Entity e : in.entities().entities()) {
      others.add(new Target(e.name(), e.id(), e.type(), e.mentions().stream()
          .map(m -> new Span(m.begin(), m.end())).toList(), null, 0));
    }
    List<Target> about = DefaultTargets.filter(candidates, others, in.article().text());
    return List.copyOf(about.subList(0, Math.min(count, about.size())));
  }

  /** Every group's target, most salient first (ties: first mention first). */
  private static List<Target> ranked(List<Group> groups) {
    record Ranked(Group group, double rank, int firstBegin) {
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Group g : groups) {
      ranked.add(new Ranked(g, g.rank(), g.firstBegin()));
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.rank()).thenComparingInt(Ranked::firstBegin));
    List<Target> candidates = new ArrayList<>();
    for (Ranked r : ranked) {
      candidates.add(r.group().target());
    }
    return candidates;
  }

  /** The targets the user named: the entities whose names match, or the name's occurrences in the text. */
  static List<Target> named(Input in, List<String> names) {
    return named(in, groups(in.entities()), names);
  }

  private static List<Target> named(Input in, List<Group> groups, List<String> names) {
    List<Target> out = new ArrayList<>();
    for (String name : names) {
      List<String> key = nameTokens(name);
      Group match = null;
      for (Group g : groups) {
        for (int i = 0; i < g.members.size(); i++) {
          List<String> k = g.tokens.get(i);
          if (!key.isEmpty() && !k.isEmpty() && (k.containsAll(key) || key.containsAll(k))) {
            match = g;
            break;
          }
        }
        if (match != null) {
          break;
        }
      }
      if (match == null) {
        match = byMention(groups, key);
      }
      EntitiesResult.Entity other = match == null ? otherEntity(in.entities(), key) : null;
      if (match != null) {
        Target t = match.target();
        out.add(new Target(name, t.entityId(), t.type(), t.mentions(), t.sentiment(), t.rank()));
      } else if (other != null) {
        Target t = new Group(other, nameTokens(other.name())).target();
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

  /** The group with a mention written as {@code key} ("US" of the United States), or null. */
  private static Group byMention(List<Group> groups, List<String> key) {
    for (Group g : groups) {
      for (EntitiesResult.Entity e : g.members) {
        for (EntitiesResult.Mention m : e.mentions()) {
          if (nameTokens(m.text()).equals(key)) {
            return g;
          }
        }
      }
    }
    return null;
  }

  /** An entity of another type (a work, a law, a group) whose name or a mention is written as {@code key}, or null. */
  private static EntitiesResult.Entity otherEntity(EntitiesResult entities, List<String> key) {
    if (entities == null || key.isEmpty()) {
      return null;
    }
    for (EntitiesResult.Entity e : entities.entities()) {
      if (e.mentions().isEmpty()) {
        continue;
      }
      if (nameTokens(e.name()).equals(key)) {
        return e;
      }
      for (EntitiesResult.Mention m : e.mentions()) {
        if (nameTokens(m.text()).equals(key)) {
          return e;
        }
      }
    }
    return null;
  }

  /** Entities merged when one's name tokens (titles aside) are a subset of another's of the same type. */
  private static final class Group {
    final List<EntitiesResult.Entity> members = new ArrayList<>();
    /** The {@link #nameTokens} of each member's name. */
    final List<List<String>> tokens = new ArrayList<>();

    Group(EntitiesResult.Entity head, List<String> tokens) {
      add(head, tokens);
    }

    void add(EntitiesResult.Entity e, List<String> nameTokens) {
      members.add(e);
      tokens.add(nameTokens);
    }

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

  /**
   * The groups, in order of creation. A group hosts an entity when its head has the entity's type and more name tokens,
   * among them all of the entity's; the hosts of an entity are found among the groups whose head has one of its
   * tokens (the token with the fewest such groups), not among all groups.
   */
  private static List<Group> groups(EntitiesResult entities) {
    record Named(EntitiesResult.Entity entity, List<String> tokens) {
    }
    List<Named> candidates = new ArrayList<>();
    for (EntitiesResult.Entity e : entities.entities()) {
      List<String> tokens = nameTokens(e.name());
      if (TYPES.contains(e.type()) && !tokens.isEmpty() && !e.mentions().isEmpty()) {
        candidates.add(new Named(e, tokens));
      }
    }
    // longest names first, so that a surname joins the full name
    candidates.sort(Comparator.comparingInt((Named n) -> -n.tokens().size()));
    List<Group> groups = new ArrayList<>();
    Map<List<String>, List<Group>> byTypeAndToken = new HashMap<>();
    for (Named n : candidates) {
      List<String> k = n.tokens();
      List<Group> fewest = null;
      for (String token : k) {
        List<Group> with = byTypeAndToken.getOrDefault(List.of(n.entity().type(), token), List.of());
        if (fewest == null || with.size() < fewest.size()) {
          fewest = with;
        }
      }
      Group host = null;
      int hosts = 0;
      for (Group g : fewest) {
        List<String> hk = g.tokens.get(0);
        if (hk.size() > k.size() && hk.containsAll(k)) {
          host = g;
          if (++hosts > 1) {
            break;
          }
        }
      }
      if (hosts == 1) {
        host.add(n.entity(), k);
      } else {
        Group g = new Group(n.entity(), k);
        groups.add(g);
        for (String token : new HashSet<>(k)) {
          byTypeAndToken.computeIfAbsent(List.of(n.entity().type(), token), x -> new ArrayList<>()).add(g);
        }
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

  /** A target's scored author-voice sentences and its features. */
  record Scoring(List<StanceFeatures.Sentence> sentences, double[] features) {
  }

  /** The features of each named target (for training and cross-validating the {@link EntityStanceModel}). */
  public static List<double[]> features(Input in, List<String> names) {
    List<Group> groups = groups(in.entities());
    List<Target> targets = named(in, groups, names);
    QuoteSpans quotes = QuoteSpans.of(in.article());
    Map<Integer, Double> sentenceSentiment = sentenceSentiment(in.sentiment());
    List<Target> everyone = new ArrayList<>(targets);
    groups.forEach(g -> everyone.add(g.target()));
    Mentions mentions = new Mentions(in.article(), in.nlp().sentences(), everyone);
    return targets.stream().map(t -> scoring(in, t, quotes, sentenceSentiment, mentions).features()).toList();
  }

  private static Scoring scoring(Input in, Target t, QuoteSpans quotes, Map<Integer, Double> sentiment,
                                 Mentions all) {
    Article article = in.article();
    List<Sentence> sentences = in.nlp().sentences();
    SpanIndex own = SpanIndex.of(t.mentions());
    Map<Integer, Double> attributed = attribute(article, sentences, t, own, all);
    List<StanceFeatures.Sentence> scored = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : attributed.entrySet()) {
      Sentence s = sentences.get(e.getKey());
      Span span = new Span(s.begin(), s.end());
      if (quotes.voiceOf(span) != Voice.AUTHOR) {
        continue;
      }
      List<Integer> mentionTokens = new ArrayList<>();
      for (int k = 0; k < s.tokens().size(); k++) {
        Token tok = s.tokens().get(k);
        if (own.containsAny(new Span(tok.begin(), tok.end()))) {
          mentionTokens.add(k);
        }
      }
      int at = mentionTokens.isEmpty() ? pronounAt(s, t.person() ? PERSON_PRONOUNS : THING_PRONOUNS)
          : mentionTokens.get(0);
      Roles.Role role = at < 0 ? Roles.Role.OTHER : Roles.of(s, at, at + 1);
      scored.add(new StanceFeatures.Sentence(s, e.getValue(), score(s, own, quotes, sentiment.get(s.begin())), role,
          all.paragraphs().indexAt(s.begin()), mentionTokens));
    }
    TitleCues title = TitleCues.of(article.title(), t);
    int[] voices = in.entities() == null ? new int[2] : StanceFeatures.voices(in.entities(), t);
    return new Scoring(scored, StanceFeatures.of(article, t, scored, title.score(), title.mentioned(), voices[0],
        voices[1], articleMean(in, quotes, sentiment)));
  }

  /**
   * The cue rule's pooled score from a target's {@link StanceFeatures}: the author-voice sentence scores, plus 0.15 x
   * the entity-level sentiment, minus the negative scores of sentences where the target is the patient (what is done
   * to it is not the author's judgement of it), plus half the balance of defence over attack frames near it.
   */
  static double ruleScore(double[] f) {
    return f[0] + 0.15 * f[1] - f[4] + 0.5 * (f[11] - f[12]);
  }

  /** The mean score of the article's author-voice sentences: the tone of the whole piece. */
  static double articleMean(Input in, QuoteSpans quotes, Map<Integer, Double> sentiment) {
    SpanIndex none = SpanIndex.of(List.of());
    double sum = 0;
    int n = 0;
    for (Sentence s : in.nlp().sentences()) {
      if (quotes.voiceOf(new Span(s.begin(), s.end())) == Voice.AUTHOR) {
        sum += score(s, none, quotes, sentiment.get(s.begin()));
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  private static StanceResult.Stance stance(Input in, Target t, QuoteSpans quotes, Map<Integer, Double> sentiment,
                                            Mentions all, EntityStanceModel model) {
    Scoring scoring = scoring(in, t, quotes, sentiment, all);
    List<StanceFeatures.Sentence> scored = scoring.sentences();
    Label label;
    double confidence;
    double pooled;
    if (model != null) {
      double[] p = model.probabilities(scoring.features());
      int best = 0;
      for (int c = 1; c < p.length; c++) {
        best = p[c] > p[best] ? c : best;
      }
      label = EntityStanceModel.CLASSES.get(best);
      confidence = p[best];
      pooled = p[0] - p[1];
    } else {
      pooled = Math.max(-1, Math.min(1, ruleScore(scoring.features())));
      // places carry the sentiment of what happens there more than the author's stance: a higher bar
      double threshold = "LOCATION".equals(t.type()) ? PLACE_THRESHOLD : THRESHOLD;
      label = pooled >= threshold ? Label.FAVOR : pooled <= -threshold ? Label.AGAINST : Label.NONE;
      // NONE says the evidence is thin, not that the author is neutral: on the editorials' dev set it is right about
      // one time in five, so it never claims more than 0.4; a side is 0.5 at the threshold, more with the score
      confidence = scored.isEmpty() ? 0.2 : label == Label.NONE ? 0.2 + 0.2 * (1 - Math.abs(pooled) / threshold)
          : Math.abs(pooled) / (Math.abs(pooled) + threshold);
    }
    return new StanceResult.Stance(t.name(), StanceResult.TargetKind.ENTITY, t.entityId(), label, round(confidence),
        round(pooled), evidence(in.article(), scored, label), model != null ? MODEL : RULE_MODEL);
  }

  /** The author-voice sentences whose score agrees with {@code label}, strongest first, at most {@link #MAX_EVIDENCE}. */
  private static List<Evidence> evidence(Article article, List<StanceFeatures.Sentence> scored, Label label) {
    List<StanceFeatures.Sentence> carrying = new ArrayList<>();
    for (StanceFeatures.Sentence s : scored) {
      boolean agrees = label == Label.FAVOR ? s.score() > 0 : label == Label.AGAINST ? s.score() < 0 : true;
      if (agrees && Math.abs(s.attribution() * s.score()) >= 0.02) {
        carrying.add(s);
      }
    }
    carrying.sort(Comparator.comparingDouble((StanceFeatures.Sentence s) -> -Math.abs(s.attribution() * s.score())));
    List<StanceFeatures.Sentence> top = carrying.subList(0, Math.min(MAX_EVIDENCE, carrying.size()));
    double total = top.stream().mapToDouble(s -> Math.abs(s.attribution() * s.score())).sum();
    List<Evidence> evidence = new ArrayList<>();
    for (StanceFeatures.Sentence s : top) {
      Sentence sentence = s.sentence();
      evidence.add(new Evidence(sentence.begin(), sentence.end(),
          article.text().substring(sentence.begin(), sentence.end()),
          s.score() > 0 ? Label.FAVOR : s.score() < 0 ? Label.AGAINST : Label.NONE,
          round(total == 0 ? 0 : Math.abs(s.attribution() * s.score()) / total)));
    }
    return evidence;
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
  private static Map<Integer, Double> attribute(Article article, List<Sentence> sentences, Target t, SpanIndex own,
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

  /**
   * The stance a sentence expresses toward the target ({@code mentions}: the index of its mentions), -1..1: the
   * author's cues (weighted by nearness to the target's mentions and by contrast) plus the sentence's sentiment when
   * it is mostly the author's.
   */
  static double score(Sentence s, SpanIndex mentions, QuoteSpans quotes, Double sentenceSentiment) {
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    List<String> lower = new ArrayList<>(n);
    boolean[] author = new boolean[n];
    List<Integer> mentionTokens = new ArrayList<>();
    int quoted = 0;
    int total = 0;
    for (int i = 0; i < n; i++) {
      Token tok = tokens.get(i);
      Span span = new Span(tok.begin(), tok.end());
      lower.add(Terms.lower(tok.text()));
      int quotedChars = quotes.quotedChars(span);
      author[i] = quotedChars == 0;
      if (mentions.containsAny(span)) {
        mentionTokens.add(i);
        author[i] = false; // a name is not an evaluation
      }
      quoted += quotedChars;
      total += tok.end() - tok.begin();
    }
    return score(lower, author, mentionTokens, sentenceSentiment == null || total == 0 ? 0
        : sentenceSentiment * (1 - (double) quoted / total));
  }

  /**
   * {@link #score} from the sentence's lower-cased tokens, which of them are the author's words and which name the
   * target, and the sentence's sentiment weighted by its share of the author's words.
   */
  static double score(List<String> lower, boolean[] author, List<Integer> mentionTokens, double authorSentiment) {
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
    double sent = authorSentiment;
    if (StanceCues.scopeNegated(lower)) {
      sent = -0.8 * sent;
    }
    return Math.tanh(0.6 * cueSum + 0.6 * sent);
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
