package org.presslens.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.training.ml.ClassificationMetrics;
import org.presslens.training.entities.NewsMtscEvaluation;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens eval newsmtsc FILE.jsonl}: the entities analyzer's targeted sentiment model on NewsMTSC data. */
@Command(name = "newsmtsc", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate entity (targeted) sentiment on NewsMTSC-format JSONL: every target is predicted",
        "negative/neutral/positive; the last line is {\"task\":\"newsmtsc\",\"n\",\"accuracy\",\"f1_macro\",...}."})
final class EvalNewsmtscCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "NewsMTSC-format JSONL")
  Path file;

  @Option(names = "--model", paramLabel = "FILE", description = "a model from 'train entity-sentiment' (default: shipped)")
  Path model;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "annotation cache (gzipped JSONL, created or extended) so that reruns skip the NLP engine")
  Path cache;

  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "N", description = "annotation threads")
  int threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    TargetSentimentModel m = model == null ? TargetSentimentModel.loadDefault() : TargetSentimentModel.load(model);
    NlpEngine engine = NlpEngines.create(Thread.currentThread().getContextClassLoader(), Map.of());
    var err = spec.commandLine().getErr();
    ClassificationMetrics metrics = NewsMtscEvaluation.run(file, m, engine, cache, threads, line -> {
      err.println("presslens: " + line);
      err.flush();
    });
    var out = spec.commandLine().getOut();
    out.println(PresslensJson.mapper().writeValueAsString(NewsMtscEvaluation.summary(metrics)));
    out.flush();
    return Main.OK;
  }
}
