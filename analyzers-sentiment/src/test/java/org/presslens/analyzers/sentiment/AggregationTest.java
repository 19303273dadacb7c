package org.presslens.analyzers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.model.Span;
import org.presslens.result.SentimentLabel;
import org.presslens.result.SentimentResult.ArcPoint;

class AggregationTest {

  private static SentenceScore s(int begin, int tokens, double score, double confidence) {
    return new SentenceScore(new Span(begin, begin + 10), tokens, score, confidence);
  }

  @Test
  void scoreIsTheLengthAndConfidenceWeightedMean() {
    Aggregation.Aggregate a = Aggregation.of(List.of(s(0, 10, -0.5, 0.8), s(20, 30, 0.1, 0.5)));
    double expected = (10 * 0.8 * -0.5 + 30 * 0.5 * 0.1) / (10 * 0.8 + 30 * 0.5);
    assertThat(a.score()).isCloseTo(expected, within(1e-4));
    assertThat(a.magnitude()).isCloseTo(0.8 * 0.5 + 0.5 * 0.1, within(1e-4));
    assertThat(a.label()).isEqualTo(SentimentLabel.ofScore(expected));
  }

  @Test
  void magnitudeGrowsWithLengthWhileScoreStays() {
    Aggregation.Aggregate one = Aggregation.of(List.of(s(0, 10, -0.5, 0.9)));
    Aggregation.Aggregate three = Aggregation.of(List.of(s(0, 10, -0.5, 0.9), s(20, 10, -0.5, 0.9),
        s(40, 10, -0.5, 0.9)));
    assertThat(three.score()).isEqualTo(one.score());
    assertThat(three.magnitude()).isCloseTo(3 * one.magnitude(), within(1e-3));
  }

  @Test
  void balancedStrongSentencesAreMixedButOneSidedAreNot() {
    assertThat(Aggregation.of(List.of(s(0, 10, 0.7, 0.9), s(20, 12, -0.6, 0.8))).label())
        .isEqualTo(SentimentLabel.MIXED);
    assertThat(Aggregation.of(List.of(s(0, 30, 0.7, 0.9), s(20, 5, -0.6, 0.8))).label())
        .isEqualTo(SentimentLabel.POSITIVE);
  }

  @Test
  void emptyIsNeutralZero() {
    Aggregation.Aggregate a = Aggregation.of(List.of());
    assertThat(a.label()).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(a.score()).isZero();
    assertThat(a.magnitude()).isZero();
  }

  @Test
  void arcHasOnePointPerSentenceInOrderAndSmooths() {
    List<SentenceScore> scores = List.of(s(0, 5, -1, 1), s(20, 5, 1, 1), s(40, 5, -1, 1), s(60, 5, 1, 1));
    List<ArcPoint> arc = Aggregation.arc(scores, 100, 2.0);
    assertThat(arc).hasSize(4);
    assertThat(arc).extracting(ArcPoint::position).isSorted().allMatch(p -> p >= 0 && p <= 1);
    assertThat(arc).allMatch(p -> Math.abs(p.score()) < 1);
  }
}
