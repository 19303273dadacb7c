package org.presslens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code presslens} command line. Exit codes: 0 all inputs ok, 1 some inputs failed (or the reports could not be
 * written), 2 usage error.
 */
@Command(name = "presslens", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Who is in a news article, how each is portrayed, and where the author stands.",
    subcommands = {AnalyzersCommand.class, AnalyzeCommand.class, CorpusCommand.class, EvalCommand.class,
        TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (without exiting), for tests and embedding. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        commandLine.getErr().println("presslens: " + e.getMessage());
        return USAGE;
      }
      throw e;
    });
    return cl;
  }
}
