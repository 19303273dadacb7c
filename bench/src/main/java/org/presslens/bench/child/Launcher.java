package org.presslens.bench.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code presslens} launcher that the child-JVM sections run, as users do.
 *
 * @param script the launcher script
 * @param timeout the longest a child JVM may run
 */
public record Launcher(Path script, Duration timeout) {

  private static final Pattern DEFAULT_OPTS = Pattern.compile("\\$\\{PRESSLENS_JAVA_OPTS:-([^}]*)\\}");

  /**
   * Runs {@code presslens analyze --progress none ARGS... INPUTS...} in a child JVM; {@code javaOpts} becomes
   * {@code PRESSLENS_JAVA_OPTS} (null: the launcher's default).
   */
  ChildRun analyze(List<String> args, List<Path> inputs, String javaOpts) {
    List<String> command = new ArrayList<>(List.of("analyze", "--progress", "none"));
    command.addAll(args);
    inputs.forEach(p -> command.add(p.toString()));
    return ChildRun.run(script, command, javaOpts, timeout);
  }

  /** The JVM options the launcher uses when PRESSLENS_JAVA_OPTS is not set. */
  String defaultOpts() {
    return defaultOpts(script);
  }

  /** The JVM options {@code launcher} uses when PRESSLENS_JAVA_OPTS is not set, read from the script; "" if none. */
  static String defaultOpts(Path launcher) {
    try {
      Matcher m = DEFAULT_OPTS.matcher(Files.readString(launcher));
      return m.find() ? m.group(1).trim() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
