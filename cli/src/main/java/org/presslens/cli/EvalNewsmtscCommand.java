package org.presslens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.analyzers.entities.EntitiesAnalyzerProvider;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.training.ml.ClassificationMetrics;
import org.presslens.training.entities.NewsMtscEvaluation;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import org.presslens.spi.Config;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens eval newsmtsc FILE.jsonl}: the entities analyzer's targeted sentiment model on NewsMTSC data. */
@Command(name = "newsmtsc", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate entity (targeted) sentiment on NewsMTSC-format JSONL: every target is predicted",
        "negative/neutral/positive by the entities analyzer's targeted sentiment model (-O entities.sentimentModel=",
        "linear|encoder|auto, default auto); the last line is",
        "{\"task\":\"newsmtsc\",\"n\",\"accuracy\",\"f1_macro\",...,\"model\"}."})
final class EvalNewsmtscCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "NewsMTSC-format JSONL")
  Path file;

  @Option(names = "--model", paramLabel = "FILE",
      description = "a linear model from 'train entity-sentiment' (same as -O entities.model=FILE)")
  Path model;

  @Option(names = {"-O", "--option"}, paramLabel = "entities.KEY=VALUE",
      description = "an option of the entities analyzer, e.g. entities.sentimentModel=linear (repeatable)")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--cache", paramLabel = "FILE",
      description = "annotation cache (gzipped JSONL, created or extended) so that reruns skip the NLP engine")
  Path cache;

  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "N", description = "annotation threads")
  int threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    String prefix = EntitiesResult.KEY.name() + ".";
    Map<String, String> own = new LinkedHashMap<>();
    options.forEach((key, value) -> {
      if (!key.startsWith(prefix)) {
        throw new IllegalArgumentException("-O " + key + ": eval newsmtsc takes options of the entities analyzer ("
            + prefix + "KEY=VALUE) only");
      }
      own.put(key.substring(prefix.length()), value);
    });
    if (model != null) {
      own.put(EntitiesAnalyzerProvider.MODEL.key(), model.toString());
    }
    Config config = Config.parse(EntitiesResult.KEY.name(), new EntitiesAnalyzerProvider().options(), own);
    String name = EntitiesAnalyzerProvider.sentimentModel(config).name();
    var m = EntitiesAnalyzerProvider.loadSentimentModel(config);
    NlpEngine engine = NlpEngines.create(Thread.currentThread().getContextClassLoader(), Map.of());
    var err = spec.commandLine().getErr();
    ClassificationMetrics metrics = NewsMtscEvaluation.run(file, m, engine, cache, threads, line -> {
      err.println("presslens: " + line);
      err.flush();
    });
    var out = spec.commandLine().getOut();
    Map<String, Object> summary = new LinkedHashMap<>(NewsMtscEvaluation.summary(metrics));
    summary.put("model", name);
    out.println(PresslensJson.mapper().writeValueAsString(summary));
    out.flush();
    return Main.OK;
  }
}
