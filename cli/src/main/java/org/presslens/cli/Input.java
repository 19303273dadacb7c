package org.presslens.cli;

import java.nio.file.Path;

/**
 * One input of a run: a file, standard input ({@code path == null}), or a path that cannot be used, with the
 * {@code problem} that becomes its error record.
 */
record Input(String name, Path path, String problem) {

  static Input file(Path path) {
    return new Input(path.toString(), path, null);
  }

  static Input stdin() {
    return new Input("-", null, null);
  }

  static Input broken(String name, String problem) {
    return new Input(name, null, problem);
  }
}
