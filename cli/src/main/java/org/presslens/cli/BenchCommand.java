package org.presslens.cli;

import picocli.CommandLine.Command;

/**
 * {@code presslens bench WHAT ...}: measures speed side by side in one run and prints a table and one JSON line.
 * Timings belong here, never in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure speed side by side; prints a table and a JSON line.",
    subcommands = {BenchSentimentCommand.class, BenchPipelineCommand.class, BenchCorpusCommand.class})
final class BenchCommand {
}
