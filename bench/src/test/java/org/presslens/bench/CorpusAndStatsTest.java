package org.presslens.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article selection, long and run-on articles, medians. */
class CorpusAndStatsTest {

  @TempDir
  Path tmp;

  @Test
  void roundRobinTakesEachSectionInTurn() throws IOException {
    for (String section : List.of("a", "b")) {
      Files.createDirectories(tmp.resolve(section));
      for (int i = 1; i <= 3; i++) {
        Files.writeString(tmp.resolve(section).resolve(i + ".txt"), "Title\n\nText " + i + ".");
      }
    }
    assertThat(Corpus.roundRobin(tmp, 4)).extracting(p -> tmp.relativize(p).toString())
        .containsExactly("a/1.txt", "b/1.txt", "a/2.txt", "b/2.txt");
    assertThat(Corpus.roundRobin(tmp, 10)).hasSize(6);
  }

  @Test
  void aLongArticleHasTheWordsAskedForInWholeParagraphs() throws IOException {
    Path source = Files.writeString(tmp.resolve("s.txt"), "Title\n\nOne two three four five.\n\nSix seven eight.");
    String text = Corpus.longArticle(List.of(source), 100);
    assertThat(Corpus.wordCount(text)).isBetween(100, 115);
    assertThat(text).startsWith("A long article of 100 words\n\n").contains("\n\nSix seven eight.\n\n");
  }

  @Test
  void aRunOnSentenceHasNoSentenceEnd() {
    String text = Corpus.runOnSentence(5000);
    String body = text.substring(text.indexOf("\n\n") + 2).strip();
    assertThat(Corpus.wordCount(body)).isEqualTo(5000);
    assertThat(body).doesNotContain(".", "!", "?", "\n");
  }

  @Test
  void anUnpunctuatedParagraphHasTheWordsOfTheSourcesWithoutSentenceEnds() throws IOException {
    Path source = Files.writeString(tmp.resolve("s.txt"), "Title\n\nOne, two (three) four five.\n\nSix's seven-eight!");
    String text = Corpus.unpunctuatedParagraph(List.of(source), 50);
    String body = text.substring(text.indexOf("\n\n") + 2).strip();
    assertThat(text).startsWith("An unpunctuated paragraph of 50 words\n\n");
    assertThat(Corpus.wordCount(body)).isEqualTo(50);
    assertThat(body).startsWith("One two three four five Six's seven-eight One two").doesNotContain(".", "!", "?", ",",
        "(", "\n");
  }

  @Test
  void medians() {
    assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Stats.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
    assertThat(Stats.median(List.of())).isNaN();
  }
}
