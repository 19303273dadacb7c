package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.RemovedText;

/**
 * Bylines, outlets, titles and headings have sane bounds ({@link FieldBounds}); beyond them the text stays body
 * text.
 */
class HostileFieldsTest {

  private static final String BODY = "The council met on Tuesday and voted for the tram line.";

  private static Article read(ArticleFormat format, String text) {
    return TestData.read(format, text);
  }

  @Test
  void aTwoHundredThousandCharCapitalsBylineIsBodyTextNotAnAuthor() {
    String run = "A ".repeat(100_000) + "*";
    Article a = read(ArticleFormat.SCRAPED, "date 2023-10-01 " + run + "\n\n" + BODY + "\n");
    assertThat(run).hasSize(200_001);
    assertThat(a.authors()).isEmpty();
    assertThat(a.removed()).extracting(RemovedText::reason).containsExactly("date");
    assertThat(a.text()).startsWith("A A A").contains(BODY);
    assertThat(a.paragraphs().get(0).end() - a.paragraphs().get(0).begin()).isEqualTo(run.length());
  }

  @Test
  void realBylinesStillGiveAuthorsAndTheOutlet() {
    Article a = read(ArticleFormat.SCRAPED, BODY + "\n\nNINA L. KHRUSHCHEVA AND JEAN-PIERRE O'NEIL*\n\n"
        + "PROJECT SYNDICATE\n");
    assertThat(a.authors()).containsExactly("Nina L. Khrushcheva", "Jean-Pierre O'Neil");
    assertThat(a.outlet()).isEqualTo("Project Syndicate");
  }

  @Test
  void aBylineWithAnOverlongNameOrTooManyNamesIsBodyText() {
    String longName = "ANNA " + "MARIA ".repeat(8) + "SMITH*";
    Article a = read(ArticleFormat.SCRAPED, BODY + "\n\n" + longName + "\n");
    assertThat(a.authors()).isEmpty();
    assertThat(a.text()).endsWith("SMITH*");
    Article many = read(ArticleFormat.SCRAPED, BODY + "\n\nANN LEE, BOB LEE, CY LEE, DI LEE AND ED LEE*\n");
    assertThat(many.authors()).isEmpty();
  }

  @Test
  void anOverlongCapitalsLineAfterABylineIsNotTheOutlet() {
    String capitals = "PROJECT " + "SYNDICATE".repeat(10);
    Article a = read(ArticleFormat.SCRAPED, BODY + "\n\nNINA L. KHRUSHCHEVA*\n\n" + capitals + "\n");
    assertThat(a.authors()).containsExactly("Nina L. Khrushcheva");
    assertThat(a.outlet()).isNull();
    assertThat(a.text()).endsWith(capitals);
  }

  @Test
  void aFirstLineTooLongForATitleIsBodyText() {
    String line = "Breaking " + "news ".repeat(60).strip();
    Article a = read(ArticleFormat.TEXT, line + "\n\n" + BODY + "\n");
    assertThat(a.title()).isNull();
    assertThat(a.text()).isEqualTo(line + "\n\n" + BODY);
    Article titled = read(ArticleFormat.TEXT, "Council backs the tram line\n\n" + BODY + "\n");
    assertThat(titled.title()).isEqualTo("Council backs the tram line");
  }

  @Test
  void htmlMetadataAndHeadingsBeyondTheBoundsAreLeftOut() {
    String huge = "Word ".repeat(500).strip();
    String html = "<html><head><meta property=\"og:title\" content=\"" + huge + "\">"
        + "<meta name=\"author\" content=\"" + huge + "\"><meta property=\"og:site_name\" content=\"" + huge + "\">"
        + "</head><body><article><h1>" + huge + "</h1><p>" + BODY + "</p><h2>" + huge + "</h2><p>" + BODY
        + "</p><h2>Why it matters</h2><p>" + BODY + "</p></article></body></html>";
    Article a = read(ArticleFormat.HTML, html);
    assertThat(a.title()).isNull();
    assertThat(a.authors()).isEmpty();
    assertThat(a.outlet()).isNull();
    assertThat(a.removed()).isEmpty();
    assertThat(a.sections()).extracting(s -> s.heading()).containsExactly(null, "Why it matters");
    assertThat(a.text()).startsWith(huge + "\n\n" + BODY + "\n\n" + huge + "\n\n" + BODY);
  }

  @Test
  void theBoundsCountCharsAndWords() {
    assertThat(FieldBounds.fits("one two  three", 20, 3)).isTrue();
    assertThat(FieldBounds.fits("one two three four", 20, 3)).isFalse();
    assertThat(FieldBounds.fits("x".repeat(21), 20, 3)).isFalse();
    assertThat(FieldBounds.isAuthorSized("Nina L. Khrushcheva")).isTrue();
    assertThat(FieldBounds.isTitleSized("x".repeat(FieldBounds.MAX_TITLE_CHARS + 1))).isFalse();
  }
}
