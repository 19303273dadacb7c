package org.presslens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.training.stance.SemevalEvaluation;
import org.presslens.analyzers.stance.topic.TopicModels;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code presslens eval semeval DIR}: topic stance (SemEval-2016 Task 6A, TweetEval layout); last line JSON. */
@Command(name = "semeval", mixinStandardHelpOptions = true,
    description = {"Evaluate the topic stance models on the TweetEval layout of SemEval-2016 Task 6",
        "(<DIR>/<target>/<split>_text.txt and _labels.txt). F_avg = mean of F1(FAVOR) and F1(AGAINST),",
        "micro-averaged over all targets. The last output line is JSON."})
final class EvalSemevalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder with one sub-folder per target")
  Path dir;

  @Option(names = "--split", defaultValue = "val", paramLabel = "SPLIT",
      description = "val or test (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--models", paramLabel = "DIR",
      description = "models written by 'train stance' (default: the shipped models)")
  Path models;

  @Mixin
  AnnotationOptions annotation;

  @Override
  public Integer call() {
    if (!split.equals("val") && !split.equals("test")) {
      throw new IllegalArgumentException("--split must be val or test, got '" + split + "'");
    }
    NlpEngine engine = AnnotationOptions.engine();
    SemevalEvaluation.Result r = SemevalEvaluation.evaluate(engine, dir, split,
        models != null ? TopicModels.in(models) : TopicModels.bundled(), annotation.cache, annotation.limit,
        annotation.threads, System.err::println);
    Map<String, Object> perTarget = new LinkedHashMap<>();
    r.perTarget().forEach((t, f) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", f.n());
      m.put("f_avg", f.fAvg());
      m.put("f1_favor", f.f1Favor());
      m.put("f1_against", f.f1Against());
      perTarget.put(t, m);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", "semeval");
    out.put("split", split);
    out.put("n", r.all().n());
    out.put("f_avg", r.all().fAvg());
    out.put("f1_favor", r.all().f1Favor());
    out.put("f1_against", r.all().f1Against());
    out.put("per_target", perTarget);
    System.out.println(PresslensJson.mapper().writeValueAsString(out));
    return Main.OK;
  }
}
