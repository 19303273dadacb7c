package org.presslens.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraph, Section and Repair: the checks each record makes on its own. */
class ModelPartsTest {

  @Test
  void paragraphRejectsBadSpans() {
    assertThatThrownBy(() -> new Paragraph(-1, 2)).hasMessage("invalid span [-1, 2)");
    assertThatThrownBy(() -> new Paragraph(3, 2)).hasMessage("invalid span [3, 2)");
    assertThat(new Paragraph(3, 8).span()).isEqualTo(new Span(3, 8));
  }

  @Test
  void sectionRejectsParagraphsOutsideItNamingBoth() {
    assertThatThrownBy(() -> new Section("Costs", 10, 20, List.of(new Paragraph(5, 12))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paragraph [5, 12) lies outside its section [10, 20)");
    assertThatThrownBy(() -> new Section(null, 10, 20, List.of(new Paragraph(12, 21))))
        .hasMessageContaining("[12, 21)").hasMessageContaining("[10, 20)");
    assertThatThrownBy(() -> new Section(null, 4, 2, List.of())).hasMessage("invalid span [4, 2)");
  }

  @Test
  void sectionCopiesItsParagraphs() {
    List<Paragraph> paragraphs = new ArrayList<>(List.of(new Paragraph(0, 4)));
    Section section = new Section(null, 0, 10, paragraphs);
    paragraphs.add(new Paragraph(6, 10));
    assertThat(section.paragraphs()).containsExactly(new Paragraph(0, 4));
    assertThatThrownBy(() -> section.paragraphs().add(new Paragraph(6, 10)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(section.span()).isEqualTo(new Span(0, 10));
  }

  @Test
  void repairSpanMustHaveTheReplacementsLength() {
    Repair ok = new Repair(4, 16, "Westmoorfor", "Westmoor for", Repair.GLUED_WORDS);
    assertThat(ok.end() - ok.begin()).isEqualTo(ok.replacement().length());
    assertThatThrownBy(() -> new Repair(4, 15, "Westmoorfor", "Westmoor for", Repair.GLUED_WORDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repair span [4, 15) does not match replacement 'Westmoor for'");
    assertThatThrownBy(() -> new Repair(-1, 11, "Westmoorfor", "Westmoor for", Repair.GLUED_WORDS))
        .hasMessage("invalid span [-1, 11)");
  }
}
