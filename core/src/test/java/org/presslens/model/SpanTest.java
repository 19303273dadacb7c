package org.presslens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeBeginAndEndBeforeBeginNamingTheSpan() {
    assertThatThrownBy(() -> new Span(-1, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid span [-1, 3)");
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid span [5, 4)");
  }

  @Test
  void emptySpansAreValid() {
    assertThat(new Span(0, 0).length()).isZero();
    assertThat(new Span(7, 7).of("0123456789")).isEmpty();
  }

  @Test
  void ofReturnsTheCoveredTextAndChecksBounds() {
    String text = "Westmoor bridge";
    assertThat(new Span(0, 8).of(text)).isEqualTo("Westmoor");
    assertThat(new Span(9, 15).of(text)).isEqualTo("bridge");
    assertThatThrownBy(() -> new Span(9, 16).of(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span [9, 16) lies outside a text of 15 chars");
  }

  @Test
  void checkWithinAcceptsTheWholeTextAndRejectsOneCharMore() {
    new Span(0, 4).checkWithin(4);
    assertThatThrownBy(() -> new Span(0, 5).checkWithin(4)).hasMessageContaining("[0, 5)")
        .hasMessageContaining("4 chars");
  }

  @Test
  void containsAndOverlapsAreHalfOpen() {
    Span a = new Span(2, 6);
    assertThat(a.contains(new Span(2, 6))).isTrue();
    assertThat(a.contains(new Span(3, 5))).isTrue();
    assertThat(a.contains(new Span(6, 6))).isTrue();
    assertThat(a.contains(new Span(1, 3))).isFalse();
    assertThat(a.overlaps(new Span(5, 9))).isTrue();
    assertThat(a.overlaps(new Span(6, 9))).as("adjacent spans do not overlap").isFalse();
    assertThat(a.overlaps(new Span(0, 2))).isFalse();
  }

  @Test
  void ordersByBeginThenEnd() {
    List<Span> spans = new ArrayList<>(List.of(new Span(4, 9), new Span(0, 3), new Span(4, 5), new Span(0, 1)));
    Collections.sort(spans);
    assertThat(spans).containsExactly(new Span(0, 1), new Span(0, 3), new Span(4, 5), new Span(4, 9));
  }
}
