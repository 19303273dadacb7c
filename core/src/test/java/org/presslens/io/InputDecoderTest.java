package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;

class InputDecoderTest {

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  @Test
  void emptyAndWhitespaceInputAreRejectedWithTheirName() {
    assertThatThrownBy(() -> InputDecoder.decode("a.txt", new byte[0]))
        .isInstanceOf(ArticleReadException.class).hasMessage("a.txt: empty input");
    assertThatThrownBy(() -> InputDecoder.decode("b.txt", " \n\t \r\n ".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("b.txt: empty input");
    assertThatThrownBy(() -> InputDecoder.decode("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .hasMessage("bom.txt: empty input");
  }

  @Test
  void binaryInputIsRejected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> InputDecoder.decode("logo.png", png))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageStartingWith("logo.png: binary content");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x01 + i % 7);
    }
    assertThatThrownBy(() -> InputDecoder.decode("noise.bin", controls)).hasMessageContaining("binary content");
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() {
    byte[] text = "Zoë’s café\r\nsecond line\rthird".getBytes(StandardCharsets.UTF_8);
    assertThat(InputDecoder.decode("x", text).text()).isEqualTo("Zoë’s café\nsecond line\nthird");
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text);
    InputDecoder.Decoded decoded = InputDecoder.decode("x", withBom);
    assertThat(decoded.text()).startsWith("Zoë").doesNotContain("\uFEFF");
    assertThat(decoded.charset()).isEqualTo("UTF-8");
  }

  @Test
  void utf16WithByteOrderMark() {
    String text = "Grüße aus Köln – ein Test";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    assertThat(InputDecoder.decode("le", le)).isEqualTo(new InputDecoder.Decoded(text, "UTF-16LE"));
    assertThat(InputDecoder.decode("be", be)).isEqualTo(new InputDecoder.Decoded(text, "UTF-16BE"));
    byte[] article = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "Überschrift\r\n\r\nDer Text des Artikels.".getBytes(StandardCharsets.UTF_16LE));
    Article a = ArticleReaders.read("u16.txt", article, Optional.empty());
    assertThat(a.title()).isEqualTo("Überschrift");
    assertThat(a.text()).isEqualTo("Der Text des Artikels.");
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] latin1 = "Price: £15, café, naïve".getBytes(StandardCharsets.ISO_8859_1);
    InputDecoder.Decoded decoded = InputDecoder.decode("old.txt", latin1);
    assertThat(decoded.text()).isEqualTo("Price: £15, café, naïve");
    assertThat(decoded.charset()).isEqualTo("windows-1252");
    byte[] smartQuotes = {(byte) 0x93, 'h', 'i', (byte) 0x94, ' ', (byte) 0x96, ' ', 'o', 'k'};
    assertThat(InputDecoder.decode("w.txt", smartQuotes).text()).isEqualTo("“hi” – ok");
  }

  @Test
  void controlCharactersOtherThanNewlineAndTabAreDropped() {
    String raw = "a\u0007b\tc\u0000\u001Bd\fe\u2028f";
    assertThat(InputDecoder.clean("x", raw)).isEqualTo("ab\tcd\ne\nf");
  }

  @Test
  void loneSurrogatesBecomeTheReplacementCharacter() {
    assertThat(InputDecoder.clean("x", "high \uD800, low \uDC00, pair \uD83D\uDE00"))
        .isEqualTo("high \uFFFD, low \uFFFD, pair \uD83D\uDE00");
  }

  @Test
  void javasUtf16DecoderAlreadyReplacesLoneSurrogates() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        concat("a ".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xDC, 'b', 0x00}));
    assertThat(InputDecoder.decode("u16", le).text()).isEqualTo("a \uFFFDb");
  }

  @Test
  void bbcLatin1FileReadsWithCorrectCharacters() throws Exception {
    byte[] bytes = Files.readAllBytes(TestData.shared("articles/bbc/sport/199.txt"));
    Article article = ArticleReaders.read(TestData.shared("articles/bbc/sport/199.txt"));
    assertThat(article.text()).contains("£15.8m").doesNotContain("\uFFFD");
    assertThat(InputDecoder.decode("199", bytes).charset()).isEqualTo("windows-1252");
    assertThat(article.title()).isEqualTo("Chelsea sack Mutu");
  }

  @Test
  void readersRejectEmptyInputThroughArticleReaders() {
    for (ArticleFormat format : ArticleFormat.values()) {
      assertThatThrownBy(() -> ArticleReaders.read("in-" + format.formatName(), new byte[0], Optional.of(format)))
          .isInstanceOf(ArticleReadException.class)
          .hasMessage("in-" + format.formatName() + ": empty input");
    }
  }
}
