package org.presslens.analyzers.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.sentiment.api.SentimentResult.ArcPoint;
import org.presslens.nlp.SentimentLabel;

/**
 * How sentence scores combine into a paragraph, section or document. For sentences i with score s_i in -1..1,
 * confidence c_i (the probability of the most likely class) and n_i tokens, with weight w_i = n_i * c_i:
 * <pre>
 *   score     = sum(w_i * s_i) / sum(w_i)          (0 when there is no scored sentence)
 *   magnitude = sum(c_i * |s_i|)                   (grows with length, as in Google NL)
 *   MIXED     when the weight of strong positive sentences (s_i &gt;= 0.25) and of strong negative ones
 *             (s_i &lt;= -0.25) are both non-zero and the smaller is at least half the larger;
 *             otherwise the label of the score ({@link SentimentLabel#ofScore}).
 * </pre>
 */
final class Aggregation {
  static final double STRONG = 0.25;

  private Aggregation() {
  }

  record Aggregate(SentimentLabel label, double score, double magnitude, double confidence) {
  }

  static Aggregate of(List<SentenceScore> sentences) {
    double weight = 0;
    double weighted = 0;
    double magnitude = 0;
    double positive = 0;
    double negative = 0;
    double confidence = 0;
    int tokens = 0;
    for (SentenceScore s : sentences) {
      weight += s.weight();
      weighted += s.weight() * s.score();
      magnitude += s.confidence() * Math.abs(s.score());
      confidence += s.tokens() * s.confidence();
      tokens += s.tokens();
      if (s.score() >= STRONG) {
        positive += s.weight();
      } else if (s.score() <= -STRONG) {
        negative += s.weight();
      }
    }
    double score = weight > 0 ? weighted / weight : 0;
    boolean mixed = positive > 0 && negative > 0 && Math.min(positive, negative) >= 0.5 * Math.max(positive, negative);
    SentimentLabel label = mixed ? SentimentLabel.MIXED : SentimentLabel.ofScore(score);
    return new Aggregate(label, round(score), round(magnitude), tokens > 0 ? round(confidence / tokens) : 0);
  }

  /**
   * The arc: one point per scored sentence at the relative position of its middle, its score smoothed with a
   * Gaussian kernel (sigma = {@code sigma} sentences) over the neighbouring sentences' scores.
   */
  static List<ArcPoint> arc(List<SentenceScore> sentences, int textLength, double sigma) {
    List<ArcPoint> arc = new ArrayList<>();
    int n = sentences.size();
    int reach = (int) Math.ceil(3 * sigma);
    for (int i = 0; i < n; i++) {
      double sum = 0;
      double norm = 0;
      for (int j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
        double k = Math.exp(-((i - j) * (i - j)) / (2 * sigma * sigma));
        sum += k * sentences.get(j).score();
        norm += k;
      }
      SentenceScore s = sentences.get(i);
      double position = textLength == 0 ? 0 : (s.span().begin() + s.span().end()) / 2.0 / textLength;
      arc.add(new ArcPoint(round(position), round(sum / norm)));
    }
    return arc;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
