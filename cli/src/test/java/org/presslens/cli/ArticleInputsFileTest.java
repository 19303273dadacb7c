package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.pipeline.ArticleInputs;

/** Reading {@code --article-inputs}: keyed by input as given or by file name; clear errors naming the file. */
class ArticleInputsFileTest {

  @TempDir
  Path dir;

  @Test
  void inputsAreFoundByNameAsGivenOrByFileName() throws IOException {
    Path file = dir.resolve("inputs.json");
    Files.writeString(file, "{\"a/op-ed.txt\": {\"stance.claims\": [\"One\", \"Two, too\"]},"
        + " \"brief.txt\": {\"stance.targets\": \"Leeds\", \"x.n\": 3}}");
    ArticleInputsFile inputs = ArticleInputsFile.read(file);

    assertThat(inputs.of(Input.file(Path.of("a/op-ed.txt"))))
        .isEqualTo(ArticleInputs.of(Map.of("stance.claims", List.of("One", "Two, too"))));
    assertThat(inputs.of(Input.file(Path.of("elsewhere/brief.txt"))).asMap())
        .containsExactly(Map.entry("stance.targets", "Leeds"), Map.entry("x.n", "3"));
    assertThat(inputs.of(Input.file(Path.of("other.txt")))).isSameAs(ArticleInputs.NONE);
    assertThat(inputs.of(Input.stdin())).isSameAs(ArticleInputs.NONE);
  }

  @Test
  void aFileThatIsNotAnObjectOfObjectsIsAClearError() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"op-ed.txt\": [\"a claim\"]}");
    assertThatThrownBy(() -> ArticleInputsFile.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--article-inputs " + file + ": the value of \"op-ed.txt\" must be an object of options, e.g."
            + " {\"stance.claims\": [\"...\"]}");
    Files.writeString(file, "{\"op-ed.txt\": {\"stance.claims\": {\"nested\": 1}}}");
    assertThatThrownBy(() -> ArticleInputsFile.read(file))
        .hasMessage("--article-inputs " + file + ": op-ed.txt.stance.claims must be a string or a list of strings");
    Files.writeString(file, "[1]");
    assertThatThrownBy(() -> ArticleInputsFile.read(file))
        .hasMessage("--article-inputs " + file + ": expected a JSON object of inputs");
    assertThatThrownBy(() -> ArticleInputsFile.read(dir.resolve("missing.json")))
        .hasMessageStartingWith("--article-inputs " + dir.resolve("missing.json") + ": cannot read it");
  }
}
