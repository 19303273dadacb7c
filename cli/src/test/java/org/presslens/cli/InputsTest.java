package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How arguments expand into inputs, on generated trees: links followed, cycles and non-regular entries turned into
 * inputs with a problem, documentation files skipped in directories only. Nothing is read here (no FIFO is opened),
 * so these run in milliseconds; {@code BadInputIT} runs the same trees through the CLI.
 */
class InputsTest {

  @TempDir
  Path tmp;

  private static Path article(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "Tram vote\n\nThe council voted for the tram line.\n");
  }

  private static Inputs.Expansion expand(Path... args) {
    return Inputs.expand(Arrays.stream(args).map(Path::toString).toList());
  }

  @Test
  void aDirectoryGivesItsArticleFilesSortedAndSkipsHiddenAndOtherExtensions() throws IOException {
    Path dir = tmp.resolve("d");
    article(dir.resolve("b.txt"));
    article(dir.resolve("a/z.html"));
    article(dir.resolve("c"));
    article(dir.resolve("image.png"));
    article(dir.resolve(".hidden.txt"));
    article(dir.resolve(".git/x.txt"));

    Inputs.Expansion e = expand(dir);

    assertThat(e.inputs()).extracting(Input::name, Input::problem).containsExactly(
        tuple(dir.resolve("a/z.html").toString(), null), tuple(dir.resolve("b.txt").toString(), null),
        tuple(dir.resolve("c").toString(), null));
    assertThat(e.skipped()).isEmpty();
    assertThat(e.skipNotice()).isEmpty();
  }

  @Test
  void symbolicLinksToFilesAndDirectoriesAreFollowedUnderTheLinksPath() throws IOException {
    Path target = article(tmp.resolve("elsewhere/story.txt"));
    Path dir = Files.createDirectories(tmp.resolve("d"));
    Files.createSymbolicLink(dir.resolve("link.txt"), target);
    Files.createSymbolicLink(dir.resolve("linked-dir"), target.getParent());

    Inputs.Expansion e = expand(dir);

    assertThat(e.inputs()).containsExactly(Input.file(dir.resolve("link.txt")),
        Input.file(dir.resolve("linked-dir/story.txt")));
  }

  @Test
  void aLinkCycleGivesOneInputWithAProblemAndTheWalkEnds() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("d"));
    article(dir.resolve("sub/a.txt"));
    Files.createSymbolicLink(dir.resolve("sub/back-up"), dir);
    Files.createSymbolicLink(dir.resolve("self"), Path.of("."));

    List<Input> inputs = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> expand(dir).inputs());

    assertThat(inputs).extracting(Input::name, Input::problem).containsExactly(
        tuple(dir.resolve("self").toString(),
            "symbolic link cycle (a link to a directory that contains it), not followed"),
        tuple(dir.resolve("sub/a.txt").toString(), null),
        tuple(dir.resolve("sub/back-up").toString(),
            "symbolic link cycle (a link to a directory that contains it), not followed"));
  }

  @Test
  void articleNamedEntriesThatAreNotRegularFilesGiveInputsWithAProblem() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("d"));
    Path fifo = BadInputCorpus.fifo(dir.resolve("fifo.txt"));
    Path socket = BadInputCorpus.socket(dir.resolve("socket.json"));
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("gone.html"));
    Files.createSymbolicLink(dir.resolve("ping.txt"), dir.resolve("pong.txt"));
    Files.createSymbolicLink(dir.resolve("pong.txt"), dir.resolve("ping.txt"));
    BadInputCorpus.fifo(dir.resolve("pipe.bin"));
    Files.createSymbolicLink(dir.resolve("dangling.png"), dir.resolve("gone.png"));
    Files.createSymbolicLink(dir.resolve(".hidden.txt"), dir.resolve("gone.txt"));

    List<Input> inputs = expand(dir).inputs();

    assertThat(inputs).extracting(Input::name).containsExactly(dangling.toString(), fifo.toString(),
        dir.resolve("ping.txt").toString(), dir.resolve("pong.txt").toString(), socket.toString());
    assertThat(inputs).extracting(Input::path).containsOnlyNulls();
    assertThat(inputs.get(0).problem()).isEqualTo("dangling symbolic link to " + dir.resolve("gone.html")
        + " (no such file)");
    assertThat(inputs.get(1).problem()).isEqualTo("not a regular file (a FIFO, socket or device)");
    assertThat(inputs.get(2).problem()).startsWith("symbolic link to " + dir.resolve("pong.txt")
        + " that cannot be followed: ");
    assertThat(inputs.get(4).problem()).isEqualTo("not a regular file (a FIFO, socket or device)");
  }

  @Test
  void documentationFilesAreSkippedInDirectoriesAndReportedOnce() throws IOException {
    Path dir = tmp.resolve("d");
    Path story = article(dir.resolve("story.txt"));
    Path readme = article(dir.resolve("README.TXT"));
    Path licence = article(dir.resolve("sub/LICENSE"));
    Path copying = article(dir.resolve("copying.html"));
    Path changelog = article(dir.resolve("ChangeLog.old.txt"));
    Path notice = BadInputCorpus.fifo(dir.resolve("NOTICE"));
    article(dir.resolve("README.md"));
    Path lookalike = article(dir.resolve("readme-of-the-week.txt"));

    Inputs.Expansion e = expand(dir);

    assertThat(e.inputs()).containsExactly(Input.file(lookalike), Input.file(story));
    assertThat(e.skipped()).containsExactly(changelog, notice, readme, copying, licence);
    assertThat(e.skipNotice()).contains("presslens: skipped 5 documentation files (not articles): " + changelog
        + ", " + notice + ", " + readme + ", " + copying + ", " + licence);
  }

  @Test
  void aDocumentationFileGivenByNameIsAnInput() throws IOException {
    Path dir = tmp.resolve("d");
    Path readme = article(dir.resolve("README.txt"));

    Inputs.Expansion byName = expand(readme);
    Inputs.Expansion inDir = expand(dir);

    assertThat(byName.inputs()).containsExactly(Input.file(readme));
    assertThat(byName.skipNotice()).isEmpty();
    assertThat(inDir.inputs()).extracting(Input::name).containsExactly(dir.toString());
    assertThat(inDir.skipNotice()).contains("presslens: skipped 1 documentation file (not articles): " + readme);
  }

  @Test
  void argumentsKeepTheirOrderAndMissingOnesGiveAProblem() throws IOException {
    Path a = article(tmp.resolve("a.txt"));
    Path fifo = BadInputCorpus.fifo(tmp.resolve("fifo.txt"));
    Path dangling = Files.createSymbolicLink(tmp.resolve("dangling.txt"), tmp.resolve("gone.txt"));

    List<Input> inputs = Inputs.expand(List.of(fifo.toString(), "-", tmp.resolve("missing.txt").toString(),
        dangling.toString(), a.toString())).inputs();

    assertThat(inputs).containsExactly(Input.file(fifo), Input.stdin(),
        Input.broken(tmp.resolve("missing.txt").toString(), "no such file or directory"),
        Input.broken(dangling.toString(), "dangling symbolic link to " + tmp.resolve("gone.txt") + " (no such file)"),
        Input.file(a));
  }

  @Test
  void aDirectoryWithoutArticleFilesIsAnInputWithAProblem() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path docsOnly = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docsOnly.resolve("README.txt"), "About this corpus.\n");
    Files.writeString(docsOnly.resolve("table.csv"), "a,b\n");
    Path one = Files.createDirectories(tmp.resolve("one"));
    Path article = article(one.resolve("1.txt"));

    Inputs.Expansion expansion = expand(empty, docsOnly, one);

    String problem = "a directory without article files (.htm .html .json .text .txt .xhtml or no extension)";
    assertThat(expansion.inputs()).containsExactly(Input.broken(empty.toString(), problem),
        Input.broken(docsOnly.toString(), problem), Input.file(article));
    assertThat(expansion.skipped()).containsExactly(docsOnly.resolve("README.txt"));
  }
}
