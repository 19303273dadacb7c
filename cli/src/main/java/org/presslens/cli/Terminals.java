package org.presslens.cli;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether this process's standard error (or output) is a terminal. Java 17 cannot tell for one stream
 * ({@code System.console()} needs standard input and output to be terminals), so: on Linux the target of
 * {@code /proc/self/fd/N}; elsewhere on POSIX a {@code test -t N} child that inherits the stream.
 */
final class Terminals {

  private Terminals() {
  }

  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.exists(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (Exception e) {
        return false;
      }
    }
    if (File.separatorChar != '/') {
      return System.console() != null;
    }
    try {
      ProcessBuilder pb = new ProcessBuilder("sh", "-c", "test -t " + fd).redirectInput(Redirect.INHERIT);
      if (fd == 1) {
        pb.redirectOutput(Redirect.INHERIT);
      } else {
        pb.redirectError(Redirect.INHERIT);
      }
      Process p = pb.start();
      return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
