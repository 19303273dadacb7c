package org.presslens.cli;

import picocli.CommandLine.Command;

/**
 * {@code presslens eval TASK ...}: evaluates a model on a labelled data set; the last line of output is one JSON
 * object with the figures.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate presslens on a labelled data set; the last output line is JSON.",
    subcommands = {EvalSentimentCommand.class, EvalSemevalCommand.class, EvalFncCommand.class, EvalNewsmtscCommand.class, EvalConllCommand.class,
        EvalEntityStanceCommand.class})
final class EvalCommand {
}
