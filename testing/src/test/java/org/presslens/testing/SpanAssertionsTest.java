package org.presslens.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.Span;
import org.presslens.nlp.NlpLayer;

class SpanAssertionsTest {

  record Inner(int begin, int end, String text) {
  }

  record Outer(String name, List<Inner> spans, Map<String, Inner> byName) {
  }

  @Test
  void walksRecordsListsAndMaps() {
    Article a = TestArticles.minimal(); // "Rain fell on Westmoor."
    Outer ok = new Outer("x", List.of(new Inner(0, 4, "Rain")), Map.of("w", new Inner(13, 21, "Westmoor")));
    assertThat(SpanAssertions.assertAllSpansWithin(a, ok)).isEqualTo(2);
    assertThat(SpanAssertions.assertSpanTextsMatch(a, ok)).isEqualTo(2);
    assertThat(SpanAssertions.assertAllSpansWithin(a, List.of(new Span(0, 22)))).isEqualTo(1);
    assertThat(SpanAssertions.assertAllSpansWithin(a, "no spans")).isZero();
  }

  @Test
  void reportsEverySpanOutsideTheTextWithItsPath() {
    Article a = TestArticles.minimal();
    Outer bad = new Outer("x", List.of(new Inner(0, 4, "Rain"), new Inner(20, 23, "?")),
        Map.of("w", new Inner(5, 3, "?")));
    assertThatThrownBy(() -> SpanAssertions.assertAllSpansWithin(a, bad)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("2 span(s) outside a text of 22 chars")
        .hasMessageContaining("$.spans[1]: [20, 23)")
        .hasMessageContaining("$.byName.w: [5, 3)");
  }

  @Test
  void textCheckComparesTheCoveredText() {
    Article a = TestArticles.minimal();
    assertThatThrownBy(() -> SpanAssertions.assertSpanTextsMatch(a, new Inner(0, 4, "Snow")))
        .hasMessageContaining("covers 'Rain' but text is 'Snow'");
  }

  @Test
  void fakeNlpDocumentsPassBothChecks() {
    for (Article a : TestArticles.all()) {
      var doc = new FakeNlpEngine().annotate(a, java.util.Set.copyOf(NlpLayer.BUILT_IN));
      SpanAssertions.assertAllSpansWithin(a, doc);
      SpanAssertions.assertSpanTextsMatch(a, doc);
    }
  }
}
