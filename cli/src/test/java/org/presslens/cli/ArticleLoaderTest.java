package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.io.ArticleReadException;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;

/**
 * Reading one input: a file by path, standard input from a stream; what cannot be read is an
 * {@link ArticleReadException} naming the input, and nothing blocks (a FIFO) or is read whole (over the limit).
 */
class ArticleLoaderTest {

  @TempDir
  Path tmp;

  private final ArticleLoader loader = new ArticleLoader("auto", true, InputStream.nullInputStream());

  @Test
  void aFileIsReadWithItsPathAsSource() throws IOException {
    Path file = Files.writeString(tmp.resolve("tram.txt"), "Tram vote\n\nThe council voted for the tram line.\n");

    Article article = loader.load(Input.file(file));

    assertThat(article.source()).isEqualTo(file.toString());
    assertThat(article.title()).isEqualTo("Tram vote");
    assertThat(article.text()).isEqualTo("The council voted for the tram line.");
  }

  @Test
  void aFifoGivenByNameIsRefusedWithoutBlocking() throws IOException {
    Path fifo = BadInputCorpus.fifo(tmp.resolve("pipe.txt"));

    ArticleReadException e = BadInputCorpus.bounded(Duration.ofSeconds(20),
        () -> readFailure(Input.file(fifo)), fifo);

    assertThat(e.getMessage()).isEqualTo(fifo + ": not a regular file (a FIFO, socket or device)");
  }

  @Test
  void aFileOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
    Path big = BadInputCorpus.sparse(tmp.resolve("big.txt"), ArticleReaders.MAX_INPUT_BYTES + 1L);

    assertThat(readFailure(Input.file(big))).hasMessage(big + ": too large (more than 64 MiB)");
  }

  @Test
  void standardInputIsReadFromTheGivenStreamAsDash() {
    byte[] text = "Tram vote\n\nThe mayor welcomed the vote.\n".getBytes(StandardCharsets.UTF_8);
    ArticleLoader fromStdin = new ArticleLoader("text", false, new ByteArrayInputStream(text));

    Article article = fromStdin.load(Input.stdin());

    assertThat(article.source()).isEqualTo("-");
    assertThat(article.text()).isEqualTo("The mayor welcomed the vote.");
  }

  @Test
  void standardInputOverTheLimitIsRefused() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'a');
        return len;
      }
    };
    ArticleLoader fromStdin = new ArticleLoader("auto", true, endless);

    assertThatThrownBy(() -> fromStdin.load(Input.stdin())).isInstanceOf(ArticleReadException.class)
        .hasMessage("-: too large (more than 64 MiB)");
  }

  private ArticleReadException readFailure(Input input) {
    try {
      loader.load(input);
    } catch (ArticleReadException e) {
      return e;
    }
    throw new AssertionError(input.name() + " was read");
  }
}
