package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.model.Article;

class ArticleReadersTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void detectsFormatByExtension() {
    assertThat(ArticleReaders.detectFormat("a.json", utf8("whatever"))).isEqualTo(ArticleFormat.JSON);
    assertThat(ArticleReaders.detectFormat("A.HTML", utf8("whatever"))).isEqualTo(ArticleFormat.HTML);
    assertThat(ArticleReaders.detectFormat("a.htm", utf8("whatever"))).isEqualTo(ArticleFormat.HTML);
  }

  @Test
  void detectsFormatByContent() {
    assertThat(ArticleReaders.detectFormat("in", utf8("  {\"text\": \"x\"}"))).isEqualTo(ArticleFormat.JSON);
    assertThat(ArticleReaders.detectFormat("in", utf8("<p>Hi</p>"))).isEqualTo(ArticleFormat.HTML);
    assertThat(ArticleReaders.detectFormat("in", utf8("Saved page\n<HTML><body>x</body></HTML>")))
        .isEqualTo(ArticleFormat.HTML);
    assertThat(ArticleReaders.detectFormat("in.txt", utf8(" date 2024-01-01 Text."))).isEqualTo(ArticleFormat.SCRAPED);
    assertThat(ArticleReaders.detectFormat("in.txt", utf8("Title\n\nBody.\n\nJOHN SMITH*\n")))
        .isEqualTo(ArticleFormat.SCRAPED);
    assertThat(ArticleReaders.detectFormat("in.txt", utf8("Title\n\nBody with a * star.\n")))
        .isEqualTo(ArticleFormat.TEXT);
    assertThat(ArticleReaders.detectFormat("x", utf8("Title\n\nDate 2024 was a year.\n"))).isEqualTo(ArticleFormat.TEXT);
  }

  @Test
  void detectsTheSharedAndBundledSamples() throws IOException {
    assertThat(ArticleReaders.detectFormat("op-ed.txt", Files.readAllBytes(TestData.sampleOpEd())))
        .isEqualTo(ArticleFormat.SCRAPED);
    assertThat(ArticleReaders.detectFormat("x", Files.readAllBytes(TestData.bundledSample("op-ed-tram-line.txt"))))
        .isEqualTo(ArticleFormat.SCRAPED);
    assertThat(ArticleReaders.detectFormat("x", Files.readAllBytes(TestData.bundledSample("news-brief.txt"))))
        .isEqualTo(ArticleFormat.TEXT);
    assertThat(ArticleReaders.detectFormat("x", Files.readAllBytes(TestData.bundledSample("news-brief.html"))))
        .isEqualTo(ArticleFormat.HTML);
    assertThat(TestData.bbcFiles().subList(0, 50)).allSatisfy(f ->
        assertThat(ArticleReaders.detectFormat(f.toString(), Files.readAllBytes(f))).isEqualTo(ArticleFormat.TEXT));
  }

  @Test
  void explicitFormatOverridesDetection() {
    byte[] scraped = utf8("date 2024-01-01 First paragraph.\n\nSecond.\n");
    Article asText = ArticleReaders.read("s.txt", scraped, Optional.of(ArticleFormat.byName("text")));
    assertThat(asText.title()).isEqualTo("date 2024-01-01 First paragraph.");
    assertThat(asText.published()).isNull();
    Article asScraped = ArticleReaders.read("s.txt", scraped, Optional.empty());
    assertThat(asScraped.published()).hasToString("2024-01-01");
    assertThat(ArticleReaders.reader(ArticleFormat.SCRAPED).name()).isEqualTo("scraped");
  }

  @Test
  void formatNames() {
    assertThat(ArticleFormat.byName(" JSON ")).isEqualTo(ArticleFormat.JSON);
    assertThat(ArticleFormat.byName("htm")).isEqualTo(ArticleFormat.HTML);
    assertThat(ArticleFormat.byName("txt")).isEqualTo(ArticleFormat.TEXT);
    assertThatThrownBy(() -> ArticleFormat.byName("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scraped, text, json, html");
    for (ArticleFormat f : ArticleFormat.values()) {
      assertThat(ArticleReaders.reader(f).name()).isEqualTo(f.formatName());
    }
  }

  @Test
  void readsPathsAndStreams(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("brief.txt");
    Files.writeString(file, "A title\n\nA body paragraph.\n");
    Article fromPath = ArticleReaders.read(file);
    assertThat(fromPath.source()).isEqualTo(file.toString());
    assertThat(fromPath.title()).isEqualTo("A title");
    try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
      Article fromStream = ArticleReaders.read("stdin", in, Optional.empty());
      assertThat(fromStream.source()).isEqualTo("stdin");
      assertThat(fromStream.text()).isEqualTo(fromPath.text());
    }
  }

  @Test
  void fileProblemsNameTheInput(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> ArticleReaders.read(missing))
        .isInstanceOf(ArticleReadException.class)
        .hasMessage(missing + ": no such file")
        .satisfies(e -> assertThat(((ArticleReadException) e).input()).isEqualTo(missing.toString()));
    assertThatThrownBy(() -> ArticleReaders.read(dir)).hasMessage(dir + ": is a directory, not a file");
    Path empty = Files.createFile(dir.resolve("empty.html"));
    assertThatThrownBy(() -> ArticleReaders.read(empty)).hasMessage(empty + ": empty input");
    Path blank = Files.writeString(dir.resolve("blank.json"), "  \n ");
    assertThatThrownBy(() -> ArticleReaders.read(blank)).hasMessage(blank + ": empty input");
  }

  @Test
  void failingStreamIsReported() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device gone");
      }
    };
    assertThatThrownBy(() -> ArticleReaders.read("pipe", broken, Optional.empty()))
        .isInstanceOf(ArticleReadException.class)
        .hasMessage("pipe: cannot read: device gone");
  }
}
