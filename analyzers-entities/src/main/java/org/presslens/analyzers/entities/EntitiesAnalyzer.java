package org.presslens.analyzers.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.SpanIndex;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.EntityResolver.ResolvedEntity;
import org.presslens.analyzers.entities.EntityResolver.ResolvedMention;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.EntitySentiment;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionSentiment;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Section;
import org.presslens.model.Span;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.SentimentLabel;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;

/**
 * The entities analyzer: canonical entities ({@link EntityResolver}), their salience, and the sentiment expressed
 * toward each at each mention (a {@link TargetSentimentModelProvider.Model}, all mentions of the article in one
 * call), aggregated per entity with the author's voice and quoted speech kept apart. Thread-safe: holds only immutable
 * state.
 */
final class EntitiesAnalyzer implements Analyzer<EntitiesResult> {

  /** Salience weights: mention count, spread over paragraphs, first position, lead paragraph, title, headings. */
  static final double W_COUNT = 0.45;
  static final double W_SPREAD = 0.15;
  static final double W_EARLY = 0.10;
  static final double W_LEAD = 0.10;
  static final double W_TITLE = 0.15;
  static final double W_HEADING = 0.05;

  private final EntityResolver resolver = new EntityResolver();
  private final String modelName;
  private final TargetSentimentModelProvider.Model model;
  private final String taggerName;
  private final NameTaggerProvider.Model nameTagger;

  /**
   * @param modelName the targeted sentiment model's name (in the result), or null for no entity sentiment
   * @param model     the targeted sentiment model, or null for no entity sentiment
   */
  EntitiesAnalyzer(String modelName, TargetSentimentModelProvider.Model model) {
    this(modelName, model, null, null);
  }

  /**
   * @param modelName  the targeted sentiment model's name (in the result), or null for no entity sentiment
   * @param model      the targeted sentiment model, or null for no entity sentiment
   * @param taggerName the name tagger's name (in the result), or null for none
   * @param nameTagger the name tagger combined with the NER layer ({@link NameDecoding}), or null for the NER layer's
   *                   mentions as they are
   */
  EntitiesAnalyzer(String modelName, TargetSentimentModelProvider.Model model, String taggerName,
                   NameTaggerProvider.Model nameTagger) {
    this.modelName = modelName;
    this.model = model;
    this.taggerName = nameTagger == null ? null : taggerName;
    this.nameTagger = nameTagger;
  }

  @Override
  public EntitiesResult analyze(AnalysisContext context) {
    Article article = context.article();
    NlpDocument nlp = context.nlp();
    QuoteSpans quotes = QuoteSpans.of(article);
    List<EntityMention> names = nameTagger == null ? nlp.mentions()
        : NameDecoding.mentions(article, nlp, nameTagger.logProbabilities(article, nlp), nameTagger.nerLayerBonus());
    List<ResolvedEntity> resolved = new ArrayList<>(resolver.resolve(article, nlp, names));
    addAuthors(article, resolved);
    double maxWeight = 0;
    for (ResolvedEntity e : resolved) {
      maxWeight = Math.max(maxWeight, weight(e));
    }
    boolean scoreSentiment = model != null && model.applies(nlp);
    Layout layout = Layout.of(article);
    Map<String, Integer> ids = new HashMap<>();
    List<List<ResolvedMention>> references = References.find(article, nlp, resolved, quotes);
    // every naming mention's voice, and the targets of the sentiment model: all of the article's in one call
    List<List<Voice>> voices = new ArrayList<>();
    List<SentimentTarget> targets = new ArrayList<>();
    List<List<Integer>> targetOf = new ArrayList<>();
    for (ResolvedEntity e : resolved) {
      List<Voice> entityVoices = new ArrayList<>();
      List<Integer> entityTargets = new ArrayList<>();
      for (ResolvedMention m : e.mentions()) {
        // a title's own quotation marks are not quoted speech: look just outside them
        Voice voice = e.type() == EntityType.WORK_OF_ART && m.begin() >= 2
            ? quotes.voiceOf(new Span(m.begin() - 2, m.begin() - 1)) : quotes.voiceOf(new Span(m.begin(), m.end()));
        entityVoices.add(voice);
        Optional<SentimentTarget> target = scoreSentiment
            ? MentionTargets.target(article, nlp, m, voice == Voice.QUOTED) : Optional.empty();
        entityTargets.add(target.isPresent() ? targets.size() : -1);
        target.ifPresent(targets::add);
      }
      voices.add(entityVoices);
      targetOf.add(entityTargets);
    }
    // pronouns and nominals (author voice only): scored in the same call, the pronoun or nominal as the target
    List<List<Integer>> referenceTargetOf = new ArrayList<>();
    for (List<ResolvedMention> refs : references) {
      List<Integer> entityTargets = new ArrayList<>();
      for (ResolvedMention r : refs) {
        Optional<SentimentTarget> target = scoreSentiment
            ? MentionTargets.target(article, nlp, r, false) : Optional.empty();
        entityTargets.add(target.isPresent() ? targets.size() : -1);
        target.ifPresent(targets::add);
      }
      referenceTargetOf.add(entityTargets);
    }
    List<PolarityProbabilities> predicted = targets.isEmpty() ? List.of() : model.predict(targets);
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < resolved.size(); i++) {
      ResolvedEntity e = resolved.get(i);
      List<Mention> mentions = new ArrayList<>();
      for (int k = 0; k < e.mentions().size(); k++) {
        ResolvedMention m = e.mentions().get(k);
        int t = targetOf.get(i).get(k);
        MentionSentiment sentiment = t < 0 ? null : mentionSentiment(predicted.get(t));
        mentions.add(new Mention(m.begin(), m.end(), m.text(), m.kind(), voices.get(i).get(k), sentiment));
      }
      String base = e.type().name().toLowerCase(Locale.ROOT) + ":" + slug(e.name());
      int n = ids.merge(base, 1, Integer::sum);
      String id = n == 1 ? base : base + "-" + n;
      double salience = salience(article, layout, e, maxWeight);
      EntitySentiment author = scoreSentiment ? aggregate(mentions, Voice.AUTHOR) : null;
      EntitySentiment quoted = scoreSentiment ? aggregate(mentions, Voice.QUOTED) : null;
      // pronouns and nominals: listed among the mentions with their own sentiment, not counted in salience nor in
      // the entity's aggregates (which stay those of its naming mentions)
      for (int k = 0; k < references.get(i).size(); k++) {
        ResolvedMention r = references.get(i).get(k);
        int t = referenceTargetOf.get(i).get(k);
        mentions.add(new Mention(r.begin(), r.end(), r.text(), r.kind(), Voice.AUTHOR,
            t < 0 ? null : mentionSentiment(predicted.get(t))));
      }
      mentions.sort(Comparator.comparingInt(Mention::begin));
      entities.add(new Entity(id, e.name(), e.type().name(), e.subtype(), salience, mentions, author, quoted));
    }
    entities.sort(Comparator.comparingDouble((Entity x) -> -x.salience())
        .thenComparingInt(x -> x.mentions().isEmpty() ? Integer.MAX_VALUE : x.mentions().get(0).begin()));
    return new EntitiesResult(entities, scoreSentiment ? modelName : null, taggerName);
  }

  /**
   * The article's authors (metadata, e.g. a byline) as PERSON entities: an author the text names joins that entity;
   * one it does not name is an entity without mentions.
   */
  static void addAuthors(Article article, List<ResolvedEntity> resolved) {
    for (String author : article.authors()) {
      String name = Names.normalize(author);
      if (name.isBlank()) {
        continue;
      }
      boolean named = false;
      for (ResolvedEntity e : resolved) {
        if (e.type() == EntityType.PERSON && (e.name().equalsIgnoreCase(name)
            || Names.sameFullName(name.toLowerCase(Locale.ROOT), e.name().toLowerCase(Locale.ROOT)))) {
          named = true;
          break;
        }
      }
      if (!named) {
        resolved.add(new ResolvedEntity(name, EntityType.PERSON, null, List.of()));
      }
    }
  }

  // ---------------------------------------------------------------- salience

  private static double weight(ResolvedEntity e) {
    double w = 0;
    for (ResolvedMention m : e.mentions()) {
      w += m.kind() == MentionKind.DEMONYM ? 0.5 : 1.0;
    }
    return w;
  }

  /**
   * Salience in 0..1: {@code 0.45 count + 0.15 spread + 0.10 early + 0.10 lead + 0.15 title + 0.05 heading}, where
   * count is the entity's mention weight (demonyms count half) relative to the article's most mentioned entity, spread
   * the share of paragraphs mentioning it, early 1 minus the relative position of its first mention, lead whether the
   * first paragraph mentions it, title and heading whether the title or a section heading contains one of its names
   * (a demonym counts half).
   */
  static double salience(Article article, Layout layout, ResolvedEntity e, double maxWeight) {
    String text = article.text();
    double count = maxWeight == 0 ? 0 : weight(e) / maxWeight;
    if (e.mentions().isEmpty()) {
      double title = inMetadata(article.title(), e);
      return Math.round((W_TITLE * title) * 10000) / 10000.0;
    }
    double spread;
    double lead;
    if (layout.paragraphs().size() == 0) {
      spread = 1;
      lead = e.mentions().get(0).begin() < Math.min(text.length(), 600) ? 1 : 0;
    } else {
      Set<Integer> hit = new LinkedHashSet<>();
      for (ResolvedMention m : e.mentions()) {
        int i = layout.paragraphs().indexAt(m.begin());
        if (i >= 0) {
          hit.add(i);
        }
      }
      spread = hit.size() / (double) layout.paragraphs().size();
      lead = hit.contains(0) ? 1 : 0;
    }
    double early = text.isEmpty() ? 0 : 1 - e.mentions().get(0).begin() / (double) text.length();
    double title = inMetadata(article.title(), e);
    // the best of the headings: each folded, one per line (no name holds a line break)
    double heading = layout.headings().isEmpty() ? 0 : inFolded(layout.headings(), e);
    double s = W_COUNT * count + W_SPREAD * spread + W_EARLY * early + W_LEAD * lead + W_TITLE * title
        + W_HEADING * heading;
    return Math.round(Math.max(0, Math.min(1, s)) * 10000) / 10000.0;
  }

  /**
   * 1 when {@code line} contains the entity's name, a name-like mention of it or (for a person) the surname, 0.5 for a
   * demonym, else 0.
   */
  private static double inMetadata(String line, ResolvedEntity e) {
    if (line == null || line.isBlank()) {
      return 0;
    }
    return inFolded(Names.normalize(line), e);
  }

  /** {@link #inMetadata} of folded text ({@link Names#normalize}d lines). */
  private static double inFolded(String folded, ResolvedEntity e) {
    double best = contains(folded, e.name()) ? 1 : 0;
    if (best == 0 && e.type() == EntityType.PERSON) {
      // headlines name people by surname (or, for Korean and Chinese names, by family name first)
      String[] words = e.name().split(" ");
      if (words.length > 1 && (words[words.length - 1].length() > 2 && contains(folded, words[words.length - 1])
          || words[0].length() > 1 && contains(folded, words[0]) && e.mentions().stream()
          .anyMatch(m -> m.text().equals(words[0])))) {
        best = 1;
      }
    }
    Map<String, Boolean> found = new HashMap<>(); // a name is often mentioned many times
    for (ResolvedMention m : e.mentions()) {
      if (best == 1) {
        break;
      }
      if (found.computeIfAbsent(Names.normalize(m.text()), name -> contains(folded, name))) {
        best = Math.max(best, m.kind() == MentionKind.DEMONYM ? 0.5 : 1);
      }
    }
    return best;
  }

  /**
   * What salience looks up in an article, once: its paragraphs, and its non-blank section headings folded
   * ({@link Names#normalize}) and joined by line breaks.
   */
  record Layout(SpanIndex paragraphs, String headings) {

    static Layout of(Article article) {
      StringJoiner headings = new StringJoiner("\n");
      for (Section s : article.sections()) {
        if (s.heading() != null && !s.heading().isBlank()) {
          headings.add(Names.normalize(s.heading()));
        }
      }
      return new Layout(SpanIndex.of(article.paragraphs().stream().map(Paragraph::span).toList()),
          headings.toString());
    }
  }

  private static boolean contains(String line, String name) {
    if (name.isBlank()) {
      return false;
    }
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
        Gazetteer.isAllCaps(name) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return p.matcher(line).find();
  }

  // ---------------------------------------------------------------- sentiment

  private static MentionSentiment mentionSentiment(PolarityProbabilities p) {
    Polarity polarity = p.polarity();
    SentimentLabel label = switch (polarity) {
      case NEGATIVE -> SentimentLabel.NEGATIVE;
      case NEUTRAL -> SentimentLabel.NEUTRAL;
      case POSITIVE -> SentimentLabel.POSITIVE;
    };
    return new MentionSentiment(label, round(p.score()), round(p.of(polarity)));
  }

  /**
   * The sentiment of the mentions in {@code voice}: score the mean of the mentions' scores, magnitude the sum of
   * their absolute scores, label from the score ({@link SentimentLabel#ofScore}), or MIXED when confident positive
   * and negative mentions balance out. Null when no mention in that voice was scored.
   */
  static EntitySentiment aggregate(List<Mention> mentions, Voice voice) {
    double sum = 0;
    double magnitude = 0;
    int n = 0;
    boolean positive = false;
    boolean negative = false;
    for (Mention m : mentions) {
      if (m.voice() != voice || m.sentiment() == null) {
        continue;
      }
      MentionSentiment s = m.sentiment();
      sum += s.score();
      magnitude += Math.abs(s.score());
      n++;
      positive |= s.label() == SentimentLabel.POSITIVE && s.confidence() >= 0.5;
      negative |= s.label() == SentimentLabel.NEGATIVE && s.confidence() >= 0.5;
    }
    if (n == 0) {
      return null;
    }
    double score = sum / n;
    SentimentLabel label = positive && negative && Math.abs(score) < 0.15 ? SentimentLabel.MIXED
        : SentimentLabel.ofScore(score);
    return new EntitySentiment(label, round(score), round(magnitude), n);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
