package org.presslens.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository and the development data ({@code ../shared/data}, read, never copied). */
final class Paths {
  private Paths() {
  }

  static Path repositoryRoot() {
    String prop = System.getProperty("presslens.repositoryRoot");
    return (prop != null ? Path.of(prop) : Path.of(System.getProperty("user.dir")).resolve("..")).toAbsolutePath()
        .normalize();
  }

  static Path sharedData() {
    String prop = System.getProperty("presslens.sharedData");
    Path dir = prop != null ? Path.of(prop) : repositoryRoot().resolve("../shared/data");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("shared data not found at " + dir.toAbsolutePath().normalize()
          + "; set -Dpresslens.sharedData");
    }
    return dir.toAbsolutePath().normalize();
  }
}
