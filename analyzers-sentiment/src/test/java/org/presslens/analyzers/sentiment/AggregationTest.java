package org.presslens.analyzers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.SpanIndex;
import org.presslens.analyzers.sentiment.api.SentimentResult.ArcPoint;
import org.presslens.model.Span;
import org.presslens.nlp.SentimentLabel;

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

  /**
   * The sentences of a paragraph or section come from an index over the sentences' spans: the same sentences, in the
   * same order (the sums are order-sensitive), as filtering all of them, for sentences in text order or not.
   */
  @Test
  void sentencesWithinASpanAreThoseOfTheFilter() {
    Random random = new Random(3L);
    int found = 0;
    for (int round = 0; round < 500; round++) {
      List<SentenceScore> scored = new ArrayList<>();
      int at = 0;
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        at += random.nextInt(round % 2 == 0 ? 12 : 3);
        int length = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(20);
        scored.add(new SentenceScore(new Span(at, at + length), length, random.nextDouble() * 2 - 1, 0.5));
        at += round % 2 == 0 ? length : 0;
      }
      if (round % 3 == 0) {
        Collections.shuffle(scored, random);
      }
      SpanIndex index = SpanIndex.of(scored.stream().map(SentenceScore::span).toList());
      for (int q = 0; q < 30; q++) {
        int b = random.nextInt(at + 5);
        Span span = new Span(b, b + random.nextInt(60));
        List<SentenceScore> expected = scored.stream().filter(x -> span.contains(x.span())).toList();
        assertThat(SentimentAnalyzer.within(scored, index, span)).as("%s in %s", span, scored)
            .containsExactlyElementsOf(expected);
        found += expected.size();
      }
    }
    assertThat(found).as("spans held sentences").isGreaterThan(5_000);
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
