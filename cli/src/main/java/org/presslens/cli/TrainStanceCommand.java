package org.presslens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.presslens.training.stance.FncTraining;
import org.presslens.training.stance.TopicTraining;
import org.presslens.nlp.NlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code presslens train stance}: trains the topic stance models (SemEval) or the claim stance model (FNC-1). */
@Command(name = "stance", mixinStandardHelpOptions = true,
    description = {"Train stance models.",
        "--task topic (default): one model per target from the TweetEval layout of SemEval-2016 Task 6",
        "  (<DATA>/<target>/train_text.txt, train_labels.txt; train split only); --out is a folder that receives",
        "  <target>.model.gz.",
        "--task claim: the claim model from FNC-1 (<DATA>/train_bodies.csv, train_stances.csv), holding out the dev",
        "  Body IDs; --out is the model file."})
final class TrainStanceCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "the data folder")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "where the model(s) go")
  Path out;

  @Option(names = "--task", defaultValue = "topic", paramLabel = "TASK",
      description = "topic or claim (default: ${DEFAULT-VALUE})")
  String task;

  @Mixin
  AnnotationOptions annotation;

  @Override
  public Integer call() {
    NlpEngine engine = AnnotationOptions.engine();
    switch (task) {
      case "topic" -> TopicTraining.trainAll(engine, new TopicTraining.Settings(data, out, annotation.cache,
          annotation.limit, annotation.threads), System.err::println);
      case "claim" -> FncTraining.train(engine, new FncTraining.Settings(data, out, annotation.cache,
          annotation.limit, annotation.threads), System.err::println);
      default -> throw new IllegalArgumentException("--task must be topic or claim, got '" + task + "'");
    }
    System.err.println("model(s) written to " + out);
    return Main.OK;
  }
}
