package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.SpanIndex;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.model.Span;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * The stance one author-voice sentence expresses toward a target, -1..1: the author's cues ({@link StanceCues}:
 * evaluative words, doubt, irony, contrast; words inside quotation marks and the target's own name never count),
 * weighted by nearness to the target's mentions, plus the sentence's sentiment scaled by its unquoted share.
 * Stateless.
 */
final class CueScoring {

  private CueScoring() {
  }

  static Map<Integer, Double> sentenceSentiment(SentimentResult sentiment) {
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

  /** The mean score of the article's author-voice sentences: the tone of the whole piece. */
  static double articleMean(EntityStances.Input in, QuoteSpans quotes, Map<Integer, Double> sentiment) {
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

  /**
   * The stance a sentence expresses toward the target ({@code mentions}: the index of its mentions), -1..1: the
   * author's cues (weighted by nearness to the target's mentions and by contrast) plus the sentence's sentiment when
   * it is mostly the author's.
   */
  static double score(Sentence s, SpanIndex mentions, QuoteSpans quotes, Double sentenceSentiment) {
    return score(s, mentions, quotes, sentenceSentiment, CueRule.CUES_2.sentimentWeight());
  }

  /** {@link #score(Sentence, SpanIndex, QuoteSpans, Double)} with the sentiment weighted {@code sentimentWeight}. */
  static double score(Sentence s, SpanIndex mentions, QuoteSpans quotes, Double sentenceSentiment,
                      double sentimentWeight) {
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
        : sentenceSentiment * (1 - (double) quoted / total), sentimentWeight);
  }

  /**
   * {@link #score} from the sentence's lower-cased tokens, which of them are the author's words and which name the
   * target, and the sentence's sentiment weighted by its share of the author's words.
   */
  static double score(List<String> lower, boolean[] author, List<Integer> mentionTokens, double authorSentiment) {
    return score(lower, author, mentionTokens, authorSentiment, CueRule.CUES_2.sentimentWeight());
  }

  /** {@link #score(List, boolean[], List, double)} with the sentiment weighted {@code sentimentWeight}. */
  static double score(List<String> lower, boolean[] author, List<Integer> mentionTokens, double authorSentiment,
                      double sentimentWeight) {
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
    return Math.tanh(0.6 * cueSum + sentimentWeight * sent);
  }
}
