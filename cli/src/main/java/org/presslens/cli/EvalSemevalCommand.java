package org.presslens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.analyzers.stance.StanceAnalyzerProvider;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.pipeline.NlpEngines;
import org.presslens.training.stance.SemevalEvaluation;
import org.presslens.training.stance.SemevalPluginEvaluation;
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
        "micro-averaged over all targets. The last output line is JSON.",
        "-O stance.topicModel=NAME scores a topic stance model plugin (ngram, encoder, encoder-ngram) through",
        "the run-time path: each tweet annotated as an article by the NLP engines, the model's stance over all",
        "its sentences."})
final class EvalSemevalCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder with one sub-folder per target")
  Path dir;

  @Option(names = "--split", defaultValue = "val", paramLabel = "SPLIT",
      description = "val or test (default: ${DEFAULT-VALUE})")
  String split;

  @Option(names = "--models", paramLabel = "DIR",
      description = "models written by 'train stance' (default: the shipped models)")
  Path models;

  @Option(names = {"-O", "--option"}, paramLabel = "stance.topicModel=NAME",
      description = "the topic stance model plugin to score (the only option taken)")
  Map<String, String> options = new LinkedHashMap<>();

  @Mixin
  AnnotationOptions annotation;

  @Override
  public Integer call() {
    if (!split.equals("val") && !split.equals("test")) {
      throw new IllegalArgumentException("--split must be val or test, got '" + split + "'");
    }
    String key = "stance." + StanceAnalyzerProvider.TOPIC_MODEL.key();
    options.keySet().stream().filter(k -> !k.equals(key)).findFirst().ifPresent(k -> {
      throw new IllegalArgumentException("-O " + k + ": eval semeval takes -O " + key + "=NAME only");
    });
    String plugin = options.get(key);
    if (plugin != null && models != null) {
      throw new IllegalArgumentException("--models is a folder of n-gram models: it cannot go with -O " + key);
    }
    SemevalEvaluation.Result r;
    if (plugin == null) {
      NlpEngine engine = AnnotationOptions.engine();
      r = SemevalEvaluation.evaluate(engine, dir, split,
          models != null ? TopicModels.in(models) : TopicModels.bundled(), annotation.cache, annotation.limit,
          annotation.threads, System.err::println);
    } else {
      TopicStanceModelProvider provider = StanceAnalyzerProvider.topicModelProviders().choose(plugin);
      r = SemevalPluginEvaluation.score(SemevalPluginEvaluation.predict(NlpEngines.createAll(
          NlpEngines.providers(Thread.currentThread().getContextClassLoader()), Map.of()), dir, split, provider,
          annotation.limit, System.err::println));
    }
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
    if (plugin != null) {
      out.put("model", plugin);
    }
    System.out.println(PresslensJson.mapper().writeValueAsString(out));
    return Main.OK;
  }
}
