package org.presslens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks {@link Article}'s constructor makes on sections, paragraphs and repairs against the text. */
class ArticleInvariantsTest {

  private static final String TEXT = "First paragraph.\n\nSecond one.";
  // "First paragraph." = [0, 16), separator [16, 18), "Second one." = [18, 29)

  private static Article article(String text, List<Section> sections, List<Repair> repairs) {
    return new Article("id", null, null, null, null, null, "en", null, text, sections, repairs, null);
  }

  private static Section section(int begin, int end, Paragraph... paragraphs) {
    return new Section(null, begin, end, List.of(paragraphs));
  }

  @Test
  void acceptsAConsistentArticleAndDefaultsNullListsToEmpty() {
    Article a = article(TEXT, List.of(section(0, 29, new Paragraph(0, 16), new Paragraph(18, 29))), null);
    assertThat(a.paragraphs()).extracting(p -> p.span().of(TEXT)).containsExactly("First paragraph.", "Second one.");
    assertThat(a.authors()).isEmpty();
    assertThat(a.repairs()).isEmpty();
    assertThat(a.removed()).isEmpty();
  }

  @Test
  void requiresTextAndId() {
    assertThatThrownBy(() -> article(null, List.of(), List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> new Article(null, null, null, null, null, null, "en", null, TEXT, null, null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void rejectsASectionBeyondTheText() {
    assertThatThrownBy(() -> article(TEXT, List.of(section(18, 30, new Paragraph(18, 30))), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span [18, 30) lies outside a text of 29 chars");
  }

  @Test
  void rejectsOverlappingOrUnorderedSections() {
    assertThatThrownBy(() -> article(TEXT,
        List.of(section(0, 16, new Paragraph(0, 16)), section(10, 29, new Paragraph(18, 29))), List.of()))
        .hasMessage("section [10, 29) overlaps or precedes the previous one");
    assertThatThrownBy(() -> article(TEXT,
        List.of(section(18, 29, new Paragraph(18, 29)), section(0, 16, new Paragraph(0, 16))), List.of()))
        .hasMessageContaining("section [0, 16)");
  }

  @Test
  void rejectsParagraphsOutOfOrder() {
    assertThatThrownBy(() -> article(TEXT,
        List.of(section(0, 29, new Paragraph(18, 29), new Paragraph(0, 16))), List.of()))
        .hasMessage("paragraph [0, 16) is out of order");
  }

  @Test
  void rejectsAParagraphContainingABlankLine() {
    assertThatThrownBy(() -> article(TEXT, List.of(section(0, 29, new Paragraph(0, 29))), List.of()))
        .hasMessage("paragraph [0, 29) contains a blank line");
  }

  @Test
  void rejectsARepairThatDoesNotMatchTheText() {
    String text = "Tolls fall in Westmoor for once.";
    int b = text.indexOf("Westmoor for");
    Repair good = new Repair(b, b + 12, "Westmoorfor", "Westmoor for", Repair.GLUED_WORDS);
    assertThat(article(text, List.of(), List.of(good)).repairs()).containsExactly(good);

    Repair shifted = new Repair(b + 1, b + 13, "Westmoorfor", "Westmoor for", Repair.GLUED_WORDS);
    assertThatThrownBy(() -> article(text, List.of(), List.of(shifted)))
        .hasMessage("repair at [" + (b + 1) + ", " + (b + 13) + ") does not match the text");
    Repair outside = new Repair(text.length() - 2, text.length() + 10, "Westmoorfor", "Westmoor for",
        Repair.GLUED_WORDS);
    assertThatThrownBy(() -> article(text, List.of(), List.of(outside))).hasMessageContaining("lies outside");
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    List<String> authors = new ArrayList<>(List.of("Mara Quill"));
    Article a = new Article("id", null, null, authors, null, null, "en", null, "", null, null, null);
    authors.add("Someone Else");
    assertThat(a.authors()).containsExactly("Mara Quill");
    assertThatThrownBy(() -> a.authors().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.sections().add(section(0, 0))).isInstanceOf(UnsupportedOperationException.class);
  }
}
