package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RunOnCuts} and the windows it makes: only runs without a sentence end over the limit are cut. */
class RunOnCutsTest {

  private static final String SENTENCE = "The council met on Tuesday and voted for the tram. ";

  @Test
  void ordinaryTextHasNoCutAndKeepsItsWindows() {
    String text = SENTENCE.repeat(100).strip() + "\n\n" + SENTENCE.repeat(300).strip();
    assertThat(RunOnCuts.of(text, 200)).isEmpty();
    assertThat(TextWindows.split(text, 10_000, 100_000, 200)).isEqualTo(TextWindows.split(text, 10_000, 100_000));
  }

  @Test
  void aRunOnIsCutAtSpacesIntoPiecesOfAtMostTheLimit() {
    String runOn = "market shares council tram ".repeat(40).strip();
    String text = "Short one. " + runOn + ". After it.";
    List<Integer> cuts = RunOnCuts.of(text, 100);
    assertThat(cuts).isNotEmpty().isSorted();
    int previous = "Short one.".length();
    for (int cut : cuts) {
      assertThat(text.charAt(cut - 1)).isEqualTo(' ');
      assertThat(cut - previous).isLessThanOrEqualTo(101);
      previous = cut;
    }
    assertThat(text.indexOf('.', previous) - previous).isLessThanOrEqualTo(100);
  }

  @Test
  void sentenceEndsAndBlankLinesEndARun() {
    String words = "word ".repeat(15); // 75 chars
    assertThat(RunOnCuts.of(words + "." + words + "!" + words + "?" + words + "\n\n" + words, 100)).isEmpty();
    assertThat(RunOnCuts.of(words + "\n" + words, 100)).hasSize(1); // a single line break does not end a sentence
  }

  @Test
  void aRunWithoutSpacesIsCutHardOutsideSurrogatePairs() {
    String text = "\uD83D\uDE00".repeat(300);
    List<Integer> cuts = RunOnCuts.of(text, 101);
    assertThat(cuts).isNotEmpty();
    for (int cut : cuts) {
      assertThat(Character.isLowSurrogate(text.charAt(cut))).isFalse();
    }
  }

  @Test
  void windowsNeverHoldTwoPiecesOfARunOn() {
    String runOn = "market shares council tram ".repeat(400).strip();
    String text = SENTENCE.repeat(5) + "\n\n" + runOn + "\n\n" + SENTENCE.repeat(5);
    List<TextWindows.Window> windows = TextWindows.split(text, 10_000, 100_000, 2_000);
    int expected = 0;
    List<Integer> runOnWindowLengths = new ArrayList<>();
    for (TextWindows.Window w : windows) {
      assertThat(w.begin()).isEqualTo(expected);
      expected = w.end();
      String window = text.substring(w.begin(), w.end());
      if (window.contains("market")) {
        runOnWindowLengths.add(window.replace(SENTENCE.strip(), "").strip().length());
      }
    }
    assertThat(expected).isEqualTo(text.length());
    assertThat(runOnWindowLengths).hasSizeGreaterThan(5).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2_000));
  }
}
