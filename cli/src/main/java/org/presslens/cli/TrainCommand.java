package org.presslens.cli;

import picocli.CommandLine.Command;

/** {@code presslens train MODEL ...}: trains a model from a data set and writes it to a file. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a presslens model from a labelled data set.",
    subcommands = {TrainStanceCommand.class, TrainEntitySentimentCommand.class, TrainEntityStanceCommand.class,
        TrainTargetSentimentEncoderCommand.class, TrainSentenceSentimentEncoderCommand.class,
        TrainTopicStanceEncoderCommand.class, TrainTopicStanceMixtureCommand.class, TrainNerEncoderCommand.class})
final class TrainCommand {
}
