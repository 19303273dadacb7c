package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.analyzers.stance.claim.ClaimModel;
import org.presslens.training.stance.FncEvaluation;
import org.presslens.training.stance.FncScore;
import org.presslens.training.ml.Metrics;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code presslens eval fnc BODIES.csv STANCES.csv}: claim stance with the official FNC-1 score; last line JSON. */
@Command(name = "fnc", mixinStandardHelpOptions = true,
    description = {"Evaluate the claim stance model on FNC-1 files with the official weighted score",
        "(0.25 for a right related/unrelated decision, +0.75 for the exact related label). The last output line",
        "is JSON."})
final class EvalFncCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "BODIES.csv", description = "Body ID,articleBody")
  Path bodies;

  @Parameters(index = "1", paramLabel = "STANCES.csv", description = "Headline,Body ID,Stance")
  Path stances;

  @Option(names = "--dev", description = "score only the pairs of the held-out dev Body IDs (see docs/stance.md)")
  boolean dev;

  @Option(names = "--model", paramLabel = "FILE", description = "a model written by 'train stance --task claim'"
      + " (default: the shipped model)")
  Path model;

  @Mixin
  AnnotationOptions annotation;

  @Override
  public Integer call() throws IOException {
    ClaimModel m = model != null ? ClaimModel.read(model) : ClaimModel.shipped();
    NlpEngine engine = AnnotationOptions.engine();
    FncScore s = FncEvaluation.evaluate(engine, bodies, stances, m, dev, annotation.cache, annotation.limit,
        annotation.threads, System.err::println);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", "fnc");
    out.put("split", dev ? "dev" : "all");
    out.put("n", s.count());
    out.put("score", Metrics.round(s.score()));
    out.put("max_score", Metrics.round(s.maxScore()));
    out.put("relative_score", Metrics.round(s.relativeScore()));
    out.put("f1_macro", Metrics.round(s.f1Macro()));
    out.put("accuracy", Metrics.round(s.metrics().accuracy()));
    out.put("per_class", s.perClass());
    System.out.println(PresslensJson.mapper().writeValueAsString(out));
    return Main.OK;
  }
}
