package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Windows of whole paragraphs for long texts; a huge paragraph is cut inside at a sentence end, line or space. */
class TextWindowsTest {

  private static List<String> windows(String text, int max, int maxParagraph) {
    List<TextWindows.Window> w = TextWindows.split(text, max, maxParagraph);
    int expectedStart = 0;
    for (TextWindows.Window r : w) {
      assertThat(r.begin()).isEqualTo(expectedStart);
      assertThat(r.end()).isGreaterThan(r.begin());
      expectedStart = r.end();
    }
    assertThat(expectedStart).isEqualTo(text.length());
    return w.stream().map(r -> text.substring(r.begin(), r.end())).toList();
  }

  @Test
  void aShortTextIsOneWindow() {
    assertThat(windows("One.\n\nTwo.", 100, 1000)).containsExactly("One.\n\nTwo.");
  }

  @Test
  void windowsEndAfterABlankLineAndHoldWholeParagraphs() {
    String text = "aaaa aaaa.\n\nbbbb bbbb.\n\ncccc cccc.\n\ndddd.";
    assertThat(windows(text, 24, 1000)).containsExactly("aaaa aaaa.\n\nbbbb bbbb.\n\n", "cccc cccc.\n\ndddd.");
  }

  @Test
  void aParagraphLongerThanAWindowStaysWholeUnderTheParagraphLimit() {
    String longParagraph = "word ".repeat(30).strip();
    String text = "Short.\n\n" + longParagraph + "\n\nEnd.";
    assertThat(windows(text, 20, 1000)).containsExactly("Short.\n\n", longParagraph + "\n\n", "End.");
  }

  @Test
  void aHugeParagraphIsCutAfterASentenceEndElseAtASpace() {
    String sentences = "The council met. The mayor spoke! Did it vote? It did. ".repeat(10).strip();
    List<String> parts = windows(sentences, 40, 100);
    assertThat(parts).hasSizeGreaterThan(1);
    for (String part : parts.subList(0, parts.size() - 1)) {
      assertThat(part.strip()).matches("(?s).*[.!?]");
    }
    String words = "word ".repeat(100).strip();
    assertThat(windows(words, 40, 100)).allSatisfy(p -> assertThat(p).doesNotStartWith("ord"));
  }

  @Test
  void textWithoutSpacesIsCutHardButNeverInsideASurrogatePair() {
    String text = "\uD83D\uDE00".repeat(200);
    for (String part : windows(text, 50, 101)) {
      assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
    }
  }
}
