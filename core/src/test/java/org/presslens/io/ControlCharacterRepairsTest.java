package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.Repair;

/**
 * A few stray control characters (a NUL included) are dropped and reported as repairs where they were; only
 * genuinely binary input is refused.
 */
class ControlCharacterRepairsTest {

  private static final String TITLE = "Council backs the tram";
  private static final String P1 = "For eleven years, the people of Westbridge have been promised a tram.";
  private static final String P2 = "This week, at last, the city council will vote on whether the line gets built.";

  private static Article read(ArticleFormat format, String text) {
    return TestData.read(format, text);
  }

  @Test
  void oneNulByteInAnOrdinaryArticleIsDroppedAndReported() {
    int at = P2.indexOf("council") + "coun".length();
    String raw = TITLE + "\n\n" + P1 + "\n\n" + P2.substring(0, at) + "\0" + P2.substring(at) + "\n";
    Article a = read(ArticleFormat.TEXT, raw);
    Article clean = read(ArticleFormat.TEXT, raw.replace("\0", ""));
    assertThat(a.text()).isEqualTo(clean.text()).doesNotContain("\0");
    assertThat(a.title()).isEqualTo(TITLE);
    Repair r = a.repairs().get(0);
    assertThat(a.repairs()).hasSize(1);
    assertThat(r).isEqualTo(new Repair(r.begin(), r.begin(), "\0", "", Repair.CONTROL_CHARACTERS));
    assertThat(a.text().substring(0, r.begin())).endsWith("the city coun");
  }

  @Test
  void strayControlsInAScrapedArticleAreReportedWhereTheyWereAlongsideGluedWordRepairs() {
    String raw = "date 2025-03-14 The mayor\u0007 visited Russiafor talks.\n\nA limited relationship\n\n"
        + "The council\u0001\u0002 met.\u001B[0m Then it voted.\n\nNINA L. KHRUSH\u0007CHEVA*\n";
    Article a = read(ArticleFormat.SCRAPED, raw);
    assertThat(a.authors()).containsExactly("Nina L. Khrushcheva");
    assertThat(a.text()).isEqualTo("The mayor visited Russia for talks.\n\nThe council met.[0m Then it voted.");
    assertThat(a.repairs()).extracting(Repair::kind).containsExactly(Repair.CONTROL_CHARACTERS, Repair.GLUED_WORDS,
        Repair.CONTROL_CHARACTERS, Repair.CONTROL_CHARACTERS, Repair.CONTROL_CHARACTERS);
    assertThat(a.repairs()).filteredOn(r -> r.kind().equals(Repair.CONTROL_CHARACTERS))
        .extracting(Repair::original, r -> a.text().substring(0, r.begin()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("\u0007", "The mayor"),
            org.assertj.core.groups.Tuple.tuple("\u0001\u0002", "The mayor visited Russia for talks.\n\nThe council"),
            org.assertj.core.groups.Tuple.tuple("\u001B", "The mayor visited Russia for talks.\n\nThe council met."),
            // in the byline, outside the body: at the end of the text
            org.assertj.core.groups.Tuple.tuple("\u0007", a.text()));
  }

  @Test
  void theRepairsReadBackFromJsonAsTheyWere() {
    Article a = read(ArticleFormat.TEXT, TITLE + "\n\n" + P1.replace("years", "ye\0ars") + "\n\n" + P2 + "\u0007\n");
    assertThat(a.repairs()).hasSize(2);
    String json = PresslensJson.mapper().writeValueAsString(a);
    assertThat(json).contains("\"original\":\"\\u0000\"", "\"original\":\"\\u0007\"");
    Article back = ArticleReaders.read("stray.json", json.getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(back).isEqualTo(a);
  }

  @Test
  void strayControlsInAnHtmlPageAreReportedInTheirParagraph() {
    String html = "<html><body><article><p>" + P1 + "</p><p>" + P2.replace("vote", "vo\0te") + "</p></article>"
        + "</body></html>";
    Article a = read(ArticleFormat.HTML, html);
    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(a.repairs()).singleElement().satisfies(r -> {
      assertThat(r.original()).isEqualTo("\0");
      assertThat(a.text().substring(0, r.begin())).endsWith("will vo");
    });
  }

  @Test
  void genuinelyBinaryInputIsStillRefused() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    assertThatThrownBy(() -> ArticleReaders.read("random.bin", random, Optional.of(ArticleFormat.TEXT)))
        .hasMessageStartingWith("random.bin: binary content");
    byte[] utf16WithoutBom = (TITLE + "\n\n" + P1).getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> ArticleReaders.read("u16.txt", utf16WithoutBom, Optional.of(ArticleFormat.TEXT)))
        .hasMessage("u16.txt: binary content (NUL bytes), not a text article (UTF-16 needs a byte-order mark)");
    String manyControls = (P1 + "\u0001\u0002\u0003\u0004").repeat(3);
    assertThatThrownBy(() -> read(ArticleFormat.TEXT, manyControls)).hasMessageContaining("control characters");
  }
}
