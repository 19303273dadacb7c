package org.presslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs are expanded as the CLI expands them (names, order, skipped files, missing paths). */
class ArticleInputsTest {

  @TempDir
  Path tmp;

  @Test
  void expandsArgumentsLikeTheCli() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/2.txt"), "x");
    Files.writeString(dir.resolve("a.html"), "x");
    Files.writeString(dir.resolve("README"), "x");
    Files.writeString(dir.resolve("b/LICENSE.txt"), "x");
    Files.writeString(dir.resolve("notes"), "x");
    Files.writeString(dir.resolve("data.csv"), "x");
    Files.writeString(dir.resolve(".hidden.txt"), "x");
    Files.writeString(dir.resolve(".git/config.txt"), "x");
    Files.writeString(dir.resolve("_underscore.txt"), "x");
    Path single = Files.writeString(tmp.resolve("single.csv"), "x");

    List<ArticleInput> inputs = ArticleInputs.files(List.of(single.toString(), dir + "/",
        tmp.resolve("nope").toString()), new Configuration());

    assertThat(inputs).extracting(ArticleInput::getName).containsExactly(
        single.toString(), dir.resolve("_underscore.txt").toString(), dir.resolve("a.html").toString(),
        dir.resolve("b/2.txt").toString(), dir.resolve("notes").toString(), tmp.resolve("nope").toString());
    assertThat(inputs).extracting(ArticleInput::getOrdinal).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(inputs.get(2).getPath()).isEqualTo("file:" + dir.resolve("a.html"));
    assertThat(inputs.get(5).getProblem()).isEqualTo("no such file or directory");
    assertThat(inputs.get(5).getPath()).isNull();
  }

  @Test
  void namesFilesBelowARelativeArgumentRelatively() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("rel"));
    Files.writeString(dir.resolve("1.txt"), "x");
    Path cwd = Path.of("").toAbsolutePath();
    String relative = cwd.relativize(dir).toString();

    List<ArticleInput> inputs = ArticleInputs.files(List.of(relative), new Configuration());

    assertThat(inputs).extracting(ArticleInput::getName).containsExactly(Path.of(relative, "1.txt").toString());
    assertThat(inputs.get(0).getPath()).isEqualTo("file:" + dir.resolve("1.txt"));
  }
}
