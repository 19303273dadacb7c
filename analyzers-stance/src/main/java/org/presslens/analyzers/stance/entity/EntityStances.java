package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.SpanIndex;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * The author's stance toward entities. Only the author's voice counts: sentences mostly inside quotation marks are
 * never evidence, and words inside quotation marks never count. The targets ({@link TargetSelection}), the sentences
 * about each ({@link VoiceAttribution}), each sentence's score from the sentence's sentiment (the {@code sentiment}
 * analyzer) and stance cues near the mention ({@link CueScoring}), pooled with the entity-level sentiment (when the
 * {@code entities} analyzer computed it) into FAVOR / AGAINST / NONE ({@link StancePooling}). Stateless and
 * thread-safe.
 */
public final class EntityStances {

  public static final String MODEL = "entity-stance-2";
  /**
   * The model name of the rule used when no {@link EntityStanceModel} is present and the entities' targeted sentiment
   * is the built-in linear model (or absent); with a fine-tuned one it is {@link #RULE_MODEL_READING_MENTIONS}.
   */
  public static final String RULE_MODEL = "entity-cues-2";
  /** The model name of the rule that reads the target's mentions through a fine-tuned targeted sentiment model. */
  public static final String RULE_MODEL_READING_MENTIONS = "entity-cues-3";

  private EntityStances() {
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
    TargetSelection.Selection selection = TargetSelection.select(in, names, count);
    QuoteSpans quotes = QuoteSpans.of(in.article());
    Map<Integer, Double> sentenceSentiment = CueScoring.sentenceSentiment(in.sentiment());
    VoiceAttribution.Mentions mentions = new VoiceAttribution.Mentions(in.article(), in.nlp().sentences(), selection.everyone());
    List<StanceResult.Stance> out = new ArrayList<>();
    for (Target t : selection.targets()) {
      out.add(StancePooling.stance(in.article(), t, scoring(in, t, quotes, sentenceSentiment, mentions), model));
    }
    return out;
  }

  /** A target's scored author-voice sentences and its features. */
  record Scoring(List<StanceFeatures.Sentence> sentences, double[] features, CueRule rule) {
  }

  /** The features of each named target (for training and cross-validating the {@link EntityStanceModel}). */
  public static List<double[]> features(Input in, List<String> names) {
    TargetSelection.Selection selection = TargetSelection.select(in, names, 0);
    QuoteSpans quotes = QuoteSpans.of(in.article());
    Map<Integer, Double> sentenceSentiment = CueScoring.sentenceSentiment(in.sentiment());
    VoiceAttribution.Mentions mentions = new VoiceAttribution.Mentions(in.article(), in.nlp().sentences(), selection.everyone());
    return selection.targets().stream().map(t -> scoring(in, t, quotes, sentenceSentiment, mentions).features())
        .toList();
  }

  private static Scoring scoring(Input in, Target t, QuoteSpans quotes, Map<Integer, Double> sentiment,
                                 VoiceAttribution.Mentions all) {
    Article article = in.article();
    List<Sentence> sentences = in.nlp().sentences();
    SpanIndex own = SpanIndex.of(t.mentions());
    Map<Integer, Double> attributed = VoiceAttribution.attribute(article, sentences, t, own, all);
    List<StanceFeatures.Sentence> scored = new ArrayList<>();
    CueRule rule = CueRule.of(in.entities());
    MentionReadings readings = rule.readsMentions() ? MentionReadings.of(in.entities(), t) : MentionReadings.NONE;
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
      int at = mentionTokens.isEmpty() ? VoiceAttribution.pronounAt(s,
          t.person() ? VoiceAttribution.PERSON_PRONOUNS : VoiceAttribution.THING_PRONOUNS)
          : mentionTokens.get(0);
      Roles.Role role = at < 0 ? Roles.Role.OTHER : Roles.of(s, at, at + 1);
      Double reading = readings.in(span);
      scored.add(new StanceFeatures.Sentence(s, e.getValue(),
          CueScoring.score(s, own, quotes, reading != null ? reading : sentiment.get(s.begin()), rule.sentimentWeight()),
          role,
          all.paragraphs().indexAt(s.begin()), mentionTokens));
    }
    TitleCues title = TitleCues.of(article.title(), t);
    int[] voices = in.entities() == null ? new int[2] : StanceFeatures.voices(in.entities(), t);
    return new Scoring(scored, StanceFeatures.of(article, t, scored, title.score(), title.mentioned(), voices[0],
        voices[1], CueScoring.articleMean(in, quotes, sentiment), rule.strongest()), rule);
  }
}
