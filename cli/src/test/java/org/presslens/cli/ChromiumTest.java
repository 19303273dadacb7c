package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the browser tests find Chromium, and when its absence fails instead of skipping. */
class ChromiumTest {

  @TempDir
  Path tmp;

  private Path executable(Path dir, String name) throws Exception {
    Files.createDirectories(dir);
    return Files.createFile(dir.resolve(name), PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
  }

  @Test
  void findsTheFirstChromiumOnThePath() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path second = executable(tmp.resolve("b"), "chromium-browser");
    Path third = executable(tmp.resolve("c"), "chromium");
    String path = String.join(File.pathSeparator, empty.toString(), "", second.getParent().toString(),
        third.getParent().toString());
    assertThat(Chromium.locate(null, path)).contains(second);
    assertThat(Chromium.locate("", third.getParent().toString())).contains(third);
  }

  @Test
  void skipsFilesThatAreNotExecutableAndReportsAbsence() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("bin"));
    Files.createFile(dir.resolve("chromium"));
    Files.createDirectories(dir.resolve("chromium-browser"));
    assertThat(Chromium.locate(null, dir.toString())).isEmpty();
    assertThat(Chromium.locate(null, null)).isEmpty();
  }

  @Test
  void theExplicitBinaryWinsAndMustBeExecutable() throws Exception {
    Path onPath = executable(tmp.resolve("bin"), "chromium");
    Path explicit = executable(tmp.resolve("opt"), "my-chrome");
    assertThat(Chromium.locate(explicit.toString(), onPath.getParent().toString())).contains(explicit);
    assertThatThrownBy(() -> Chromium.locate(tmp.resolve("missing").toString(), onPath.getParent().toString()))
        .hasMessageContaining("PRESSLENS_CHROMIUM=" + tmp.resolve("missing")).hasMessageContaining("not an executable");
  }

  @Test
  void absenceFailsOnlyUnderCiOrWhenRequired() {
    assertThat(Chromium.required(null, null)).isFalse();
    assertThat(Chromium.required("false", "false")).isFalse();
    assertThat(Chromium.required("true", null)).isTrue();
    assertThat(Chromium.required("TRUE", null)).isTrue();
    assertThat(Chromium.required(null, "true")).isTrue();
  }
}
