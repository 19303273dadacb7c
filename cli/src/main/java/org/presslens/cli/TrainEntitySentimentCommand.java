package org.presslens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.training.entities.EntitySentimentTrainer;
import org.presslens.training.entities.TargetSentimentTraining;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code presslens train entity-sentiment}: trains the entities analyzer's targeted sentiment model. */
@Command(name = "entity-sentiment", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Train the targeted (entity) sentiment model on NewsMTSC-format JSONL and write it to a file",
        "(use it with -O entities.model=FILE, or ship it as the entities analyzer's resource).",
        "The last line is JSON with the training figures and, for each --dev file, its figures."})
final class TrainEntitySentimentCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "training data (NewsMTSC JSONL)")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the model (.gz)")
  Path out;

  @Option(names = "--dev", paramLabel = "FILE", description = "development file to report figures on (repeatable)")
  List<Path> dev = new ArrayList<>();

  @Option(names = "--cache", paramLabel = "FILE",
      description = "annotation cache (gzipped JSONL, created or extended) so that reruns skip the NLP engine")
  Path cache;

  @Option(names = "--l2", paramLabel = "X", description = "L2 penalty (default: the shipped model's)")
  Double l2;

  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "N", description = "annotation threads")
  int threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    TargetSentimentTraining.Params defaults = TargetSentimentTraining.Params.DEFAULT;
    TargetSentimentTraining.Params params = new TargetSentimentTraining.Params(l2 != null ? l2 : defaults.l2(),
        defaults.minCount(), defaults.balanced(), defaults.maxIterations(), defaults.furtherMentions());
    NlpEngine engine = NlpEngines.create(Thread.currentThread().getContextClassLoader(), Map.of());
    var err = spec.commandLine().getErr();
    EntitySentimentTrainer.Result result = EntitySentimentTrainer.train(data, dev, engine, cache, params, threads,
        line -> {
          err.println("presslens: " + line);
          err.flush();
        });
    result.model().save(out);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("task", "train-entity-sentiment");
    summary.put("examples", result.examples());
    summary.put("features", result.model().size());
    summary.put("out", out.toString());
    Map<String, Object> devFigures = new LinkedHashMap<>();
    result.dev().forEach((name, metrics) -> devFigures.put(name, metrics.toMap()));
    summary.put("dev", devFigures);
    var o = spec.commandLine().getOut();
    o.println(PresslensJson.mapper().writeValueAsString(summary));
    o.flush();
    return Main.OK;
  }
}
