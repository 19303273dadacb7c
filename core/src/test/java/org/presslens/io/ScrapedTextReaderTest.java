package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.RemovedText;
import org.presslens.model.Repair;
import org.presslens.model.Section;

class ScrapedTextReaderTest {

  private static Article read(String text) {
    return new ScrapedTextReader().read("mem.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void sharedSampleOpEd() {
    Article a = ArticleReaders.read(TestData.sampleOpEd());
    assertThat(a.source()).isEqualTo(TestData.sampleOpEd().toString());
    assertThat(a.title()).isNull();
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(a.authors()).containsExactly("Nina L. Khrushcheva");
    assertThat(a.outlet()).isEqualTo("Project Syndicate");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sections()).extracting(Section::heading)
        .containsExactly(null, "A limited relationship", "Calculation change");
    assertThat(a.authorBio()).startsWith("Professor of International Affairs").doesNotStartWith("*");
    assertThat(a.text()).doesNotContain("An advert", "date 2023", "KHRUSHCHEVA", "PROJECT SYNDICATE",
        "Professor of International Affairs", "A limited relationship", "Calculation change");
    assertThat(a.text()).startsWith("When").contains("Russia for", "Xi Jinping who");
    assertThat(a.repairs()).extracting(Repair::original)
        .containsExactly("Russiafor", "Jinpingwho", "cosmodromethis", "cooperationas");
    assertThat(a.removed()).extracting(RemovedText::reason)
        .containsExactly("date", "page furniture", "byline", "outlet", "author bio");
    assertThat(a.removed()).contains(new RemovedText("An advert", "page furniture"),
        new RemovedText("NINA L. KHRUSHCHEVA*", "byline"), new RemovedText("PROJECT SYNDICATE", "outlet"));
    assertThat(a.paragraphs()).hasSize(15);
  }

  @Test
  void sharedSampleWithoutRepair() throws Exception {
    byte[] bytes = Files.readAllBytes(TestData.sampleOpEd());
    Article a = ArticleReaders.read("op-ed", bytes, Optional.empty(), ReaderOptions.NO_REPAIR);
    assertThat(a.repairs()).isEmpty();
    assertThat(a.text()).contains("Russiafor").doesNotContain("Russia for");
    assertThat(a.authors()).containsExactly("Nina L. Khrushcheva");
  }

  @Test
  void bundledOpEd() {
    Article a = ArticleReaders.read(TestData.bundledSample("op-ed-tram-line.txt"));
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(a.authors()).containsExactly("Eleanor Vance-Morrow");
    assertThat(a.outlet()).isEqualTo("The Westbridge Courier");
    assertThat(a.authorBio()).startsWith("Senior lecturer in urban planning");
    assertThat(a.sections()).extracting(Section::heading)
        .containsExactly(null, "A city that has already seen it work", "The cost of delay");
    assertThat(a.repairs()).extracting(Repair::replacement)
        .containsExactly("Lindqvist who", "Manchester for", "viaduct that", "funding as");
    assertThat(a.text()).doesNotContain("An advert", "ELEANOR", "COURIER", "Senior lecturer", "date 2025")
        .startsWith("For eleven years");
    assertThat(a.language()).isEqualTo("en");
    int words = a.text().split("\\s+").length;
    assertThat(words).isBetween(700, 900);
  }

  @Test
  void dateAloneOnItsLineAndSeveralAuthors() {
    Article a = read("date 2024-02-29\n\nFirst paragraph here.\n\nSecond one.\n\nJANE DOE AND JEAN-LUC O'BRIEN**\n\n"
        + "THE DAILY BBC\n\n*Jane writes about cities. Jean-Luc about trains.\n");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(a.authors()).containsExactly("Jane Doe", "Jean-Luc O'Brien");
    assertThat(a.outlet()).isEqualTo("The Daily BBC");
    assertThat(a.authorBio()).isEqualTo("Jane writes about cities. Jean-Luc about trains.");
    assertThat(a.text()).isEqualTo("First paragraph here.\n\nSecond one.");
  }

  @Test
  void invalidDateStaysInTheText() {
    Article a = read("date 2024-13-45 Something happened.\n\nMore.\n");
    assertThat(a.published()).isNull();
    assertThat(a.text()).startsWith("date 2024-13-45");
  }

  @Test
  void shortSentencesAndTrailingShortLinesAreNotHeadings() {
    Article a = read("date 2024-01-02 Intro text.\n\nIt was over.\n\nWhy now\n\nBecause.\n\nThe end\n");
    assertThat(a.sections()).extracting(Section::heading).containsExactly(null, "Why now");
    assertThat(a.text()).isEqualTo("Intro text.\n\nIt was over.\n\nBecause.\n\nThe end");
  }

  @Test
  void furnitureVariantsAreRemoved() {
    Article a = read("date 2024-01-02 One.\n\nADVERTISEMENT\n\nTwo.\n\nContinue reading:\n\nThree.\n\nShare this article\n");
    assertThat(a.text()).isEqualTo("One.\n\nTwo.\n\nThree.");
    assertThat(a.removed()).filteredOn(r -> r.reason().equals(PageFurniture.REASON)).hasSize(3);
  }

  @Test
  void hardWrappedParagraphsAreJoined() {
    Article a = read("date 2024-01-02 A paragraph\nwrapped over\nthree lines.\n\n- item one\n- item two\n");
    assertThat(a.text()).isEqualTo("A paragraph wrapped over three lines.\n\n- item one\n\n- item two");
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void starredBlockBeforeTheBylineIsBodyText() {
    Article a = read("date 2024-01-02 Intro.\n\n* first point\n* second point\n\nOutro.\n\nANN LEE*\n\n* Writer.\n");
    assertThat(a.text()).isEqualTo("Intro.\n\n* first point\n\n* second point\n\nOutro.");
    assertThat(a.authorBio()).isEqualTo("Writer.");
    assertThat(a.authors()).containsExactly("Ann Lee");
  }
}
