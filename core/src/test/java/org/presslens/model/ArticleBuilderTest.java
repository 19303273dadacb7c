package org.presslens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.testing.TestArticles;

class ArticleBuilderTest {

  @Test
  void paragraphsAreJoinedWithBlankLinesAndGetTheirOffsets() {
    Article a = Article.builder().language("en")
        .paragraph("One.")
        .paragraph("Two two.")
        .section("Later")
        .paragraph("Three.")
        .build();

    assertThat(a.text()).isEqualTo("One.\n\nTwo two.\n\nThree.");
    assertThat(a.paragraphs()).containsExactly(new Paragraph(0, 4), new Paragraph(6, 14), new Paragraph(16, 22));
    assertThat(a.paragraphs()).extracting(p -> p.span().of(a.text())).containsExactly("One.", "Two two.", "Three.");
    assertThat(a.sections()).hasSize(2);
    assertThat(a.sections().get(0)).isEqualTo(
        new Section(null, 0, 14, List.of(new Paragraph(0, 4), new Paragraph(6, 14))));
    assertThat(a.sections().get(1)).isEqualTo(new Section("Later", 16, 22, List.of(new Paragraph(16, 22))));
  }

  @Test
  void headingsAreMetadataNotText() {
    Article a = Article.builder().language("en").section("Heading").paragraph("Body.").build();
    assertThat(a.text()).isEqualTo("Body.");
    assertThat(a.sections().get(0).heading()).isEqualTo("Heading");
  }

  @Test
  void blankParagraphsAreSkippedAndBlankLinesRejected() {
    Article a = Article.builder().language("en").paragraph("A.").paragraph("   ").paragraph("").paragraph("B.").build();
    assertThat(a.text()).isEqualTo("A.\n\nB.");
    assertThatThrownBy(() -> Article.builder().paragraph("A.\n\nB."))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a paragraph cannot contain a blank line");
    assertThat(Article.builder().language("en").paragraph("A line\nand the next").build().paragraphs())
        .containsExactly(new Paragraph(0, 19));
  }

  @Test
  void sectionWithoutParagraphsIsEmptyAtTheCurrentEnd() {
    Article a = Article.builder().language("en").paragraph("A.").section("Empty").section("Full").paragraph("B.")
        .build();
    assertThat(a.sections()).extracting(Section::heading).containsExactly(null, "Empty", "Full");
    assertThat(a.sections().get(1).span()).isEqualTo(new Span(2, 2));
    assertThat(a.sections().get(1).paragraphs()).isEmpty();
    assertThat(a.sections().get(2).span().of(a.text())).isEqualTo("B.");
  }

  @Test
  void localRepairsAreShiftedIntoTheBody() {
    Article a = TestArticles.withRepair();
    assertThat(a.repairs()).hasSize(1);
    Repair r = a.repairs().get(0);
    assertThat(new Span(r.begin(), r.end()).of(a.text())).isEqualTo("Westmoor for");
    assertThat(r.original()).isEqualTo("Westmoorfor");
    assertThat(r.kind()).isEqualTo(Repair.GLUED_WORDS);
    assertThat(r.begin()).isGreaterThan(a.paragraphs().get(1).begin());
  }

  @Test
  void textAndParagraphModesDoNotMix() {
    assertThatThrownBy(() -> Article.builder().paragraph("A.").text("A.", List.of(), List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be mixed");
    assertThatThrownBy(() -> Article.builder().text("A.", List.of(), List.of()).paragraph("B."))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be mixed");
  }

  @Test
  void wholeTextModeKeepsTheGivenSpansAndStillChecksThem() {
    String text = "Alpha.\n\nBeta.";
    Section s = new Section(null, 0, 13, List.of(new Paragraph(0, 6), new Paragraph(8, 13)));
    Article a = Article.builder().language("en").text(text, List.of(s), List.of()).build();
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.sections()).containsExactly(s);
    Section bad = new Section(null, 0, 13, List.of(new Paragraph(0, 13)));
    assertThatThrownBy(() -> Article.builder().language("en").text(text, List.of(bad), List.of()).build())
        .hasMessageContaining("contains a blank line");
  }

  @Test
  void idIsAStableHashOfTheText() {
    Article a = TestArticles.english();
    Article b = TestArticles.english();
    assertThat(a.id()).isEqualTo(b.id()).isEqualTo(Article.idOf(a.text())).matches("[0-9a-f]{16}");
    assertThat(Article.idOf("Rain fell on Westmoor.")).isEqualTo(TestArticles.minimal().id());
    // metadata does not change the id, the text does
    assertThat(a.toBuilder().title("Another title").build().id()).isEqualTo(a.id());
    assertThat(TestArticles.minimal().id()).isNotEqualTo(a.id());
    // SHA-256("") starts with e3b0c44298fc1c14
    assertThat(Article.idOf("")).isEqualTo("e3b0c44298fc1c14");
  }

  @Test
  void explicitIdIsKept() {
    Article a = Article.builder().id("my-id").language("en").paragraph("Text.").build();
    assertThat(a.id()).isEqualTo("my-id");
    assertThat(a.toBuilder().build().id()).isEqualTo("my-id");
  }

  @Test
  void toBuilderReproducesTheArticle() {
    for (Article a : TestArticles.all()) {
      assertThat(a.toBuilder().build()).as(a.source() + " " + a.title()).isEqualTo(a);
    }
  }

  @Test
  void toBuilderChangesOnlyWhatIsSet() {
    Article a = TestArticles.english();
    Article b = a.toBuilder().title("New").published(LocalDate.of(2024, 1, 2)).authors(List.of()).build();
    assertThat(b.title()).isEqualTo("New");
    assertThat(b.published()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(b.authors()).isEmpty();
    assertThat(b.text()).isEqualTo(a.text());
    assertThat(b.sections()).isEqualTo(a.sections());
    assertThat(b.removed()).isEqualTo(a.removed());
    assertThat(b.outlet()).isEqualTo(a.outlet());
    assertThat(a.title()).isEqualTo("Harbour bridge reopens after repairs");
  }

  @Test
  void toBuilderWithANewTextDerivesANewId() {
    Article a = TestArticles.minimal();
    Article b = a.toBuilder().text("Snow fell.", List.of(), List.of()).build();
    assertThat(b.id()).isEqualTo(Article.idOf("Snow fell.")).isNotEqualTo(a.id());
  }

  @Test
  void languageIsDetectedWhenNotGiven() {
    Article a = Article.builder().paragraph("Rain fell on Westmoor.").build();
    assertThat(a.language()).isNotNull();
  }

  @Test
  void removedTextIsKept() {
    Article a = TestArticles.english();
    assertThat(a.removed()).containsExactly(new RemovedText("Advertisement", "furniture"));
    assertThat(a.text()).doesNotContain("Advertisement").doesNotContain(a.title());
  }
}
