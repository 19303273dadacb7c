package org.presslens.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the development data ({@code ../shared/data}); tests read it at run time and never copy it. */
final class SharedData {
  private SharedData() {
  }

  static Path dir() {
    String prop = System.getProperty("presslens.sharedData");
    Path dir = prop != null ? Path.of(prop) : Path.of(System.getProperty("user.dir")).resolve("../../shared/data");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("shared data not found at " + dir.toAbsolutePath().normalize()
          + "; set -Dpresslens.sharedData");
    }
    return dir.normalize();
  }

  static Path sampleOpEd() {
    return dir().resolve("samples/op-ed-putin-kim-summit.txt");
  }

  /** The repository root (the parent of the cli module). */
  static Path repositoryRoot() {
    return Path.of(System.getProperty("user.dir")).resolve("..").normalize();
  }
}
