package org.presslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.presslens.model.Span;

/**
 * {@link SpanIndex} against the straightforward definitions (a scan of the whole list per question), on random span
 * lists of every shape: in text order and apart like paragraphs, in order but overlapping, shuffled, with empty and
 * repeated spans.
 */
class SpanIndexTest {

  @Test
  void answersAsAScanOfTheListDoesOnRandomSpans() {
    Random random = new Random(20251128L);
    int nonEmptyAnswers = 0;
    for (int round = 0; round < 600; round++) {
      List<Span> spans = randomSpans(random, round % 4);
      SpanIndex index = SpanIndex.of(spans);
      assertThat(index.size()).isEqualTo(spans.size());
      for (int q = 0; q < 60; q++) {
        int b = random.nextInt(130);
        Span query = new Span(b, b + (random.nextInt(4) == 0 ? 0 : random.nextInt(40)));
        int[] within = IntStream.range(0, spans.size()).filter(i -> query.contains(spans.get(i))).toArray();
        assertThat(index.within(query)).as("within %s in %s", query, spans).containsExactly(within);
        assertThat(index.anyWithin(query)).as("anyWithin %s in %s", query, spans).isEqualTo(within.length > 0);
        assertThat(index.overlapsAny(query)).as("overlapsAny %s in %s", query, spans)
            .isEqualTo(spans.stream().anyMatch(s -> s.overlaps(query)));
        assertThat(index.containsAny(query)).as("containsAny %s in %s", query, spans)
            .isEqualTo(spans.stream().anyMatch(s -> s.contains(query)));
        assertThat(index.indexAt(b)).as("indexAt %s in %s", b, spans)
            .isEqualTo(IntStream.range(0, spans.size())
                .filter(i -> spans.get(i).begin() <= b && b < spans.get(i).end()).findFirst().orElse(-1));
        nonEmptyAnswers += within.length > 0 ? 1 : 0;
      }
    }
    assertThat(nonEmptyAnswers).as("the queries hit spans").isGreaterThan(5_000);
  }

  @Test
  void edgeCases() {
    SpanIndex none = SpanIndex.of(List.of());
    assertThat(none.within(new Span(0, 10))).isEmpty();
    assertThat(none.overlapsAny(new Span(0, 10))).isFalse();
    assertThat(none.containsAny(new Span(0, 0))).isFalse();
    assertThat(none.indexAt(0)).isEqualTo(-1);

    // paragraphs with an empty one between: [0,5) [5,5) [5,9) [12,20)
    SpanIndex paragraphs = SpanIndex.of(List.of(new Span(0, 5), new Span(5, 5), new Span(5, 9), new Span(12, 20)));
    assertThat(paragraphs.indexAt(4)).isZero();
    assertThat(paragraphs.indexAt(5)).isEqualTo(2);
    assertThat(paragraphs.indexAt(10)).isEqualTo(-1);
    assertThat(paragraphs.indexAt(20)).isEqualTo(-1);
    assertThat(paragraphs.within(new Span(5, 5))).containsExactly(1);
    assertThat(paragraphs.within(new Span(0, 9))).containsExactly(0, 1, 2);
    // an empty span touches nothing, but lies inside a span around it
    assertThat(paragraphs.overlapsAny(new Span(5, 5))).isFalse();
    assertThat(paragraphs.overlapsAny(new Span(6, 6))).isTrue();
    assertThat(paragraphs.containsAny(new Span(9, 9))).isTrue();
    assertThat(paragraphs.containsAny(new Span(10, 10))).isFalse();

    // out of order: positions are those of the list, in list order
    SpanIndex shuffled = SpanIndex.of(List.of(new Span(30, 40), new Span(0, 50), new Span(10, 20), new Span(10, 15)));
    assertThat(shuffled.within(new Span(10, 40))).containsExactly(0, 2, 3);
    assertThat(shuffled.indexAt(12)).isEqualTo(1);
    assertThat(shuffled.indexAt(35)).isZero();
  }

  /** Shapes: 0 in order and apart, 1 in order and overlapping, 2 shuffled, 3 few distinct spans repeated. */
  static List<Span> randomSpans(Random random, int shape) {
    int n = random.nextInt(25);
    List<Span> spans = new ArrayList<>();
    int at = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      int length = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(shape == 0 ? 8 : 30);
      spans.add(new Span(at, at + length));
      at += shape == 0 ? length + random.nextInt(4) : random.nextInt(6);
    }
    if (shape == 2) {
      Collections.shuffle(spans, random);
    } else if (shape == 3 && !spans.isEmpty()) {
      List<Span> repeated = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        repeated.add(spans.get(random.nextInt(Math.min(3, spans.size()))));
      }
      spans = repeated;
    }
    return spans;
  }
}
