package org.presslens.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.google.common.hash.Hashing;
import org.presslens.analyzers.stance.StanceAnalyzerProvider;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import org.presslens.spi.ModelProviders;
import org.presslens.training.stance.SemevalPluginEvaluation;
import org.presslens.training.stance.TopicMixtureSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens train topic-stance-mixture}: chooses the encoder weight of the topic stance model
 * {@code encoder-ngram} on the SemEval val split ({@link TopicMixtureSelection}) and estimates the choice by repeated
 * 2-fold cross-validation on val halves; writes the figures to {@code OUT}.
 */
@Command(name = "topic-stance-mixture", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Choose the encoder weight w of the topic stance mixture w * P(encoder) + (1 - w) * P(ngram)",
        "(stance.topicModel=encoder-ngram) on the val split: the weight of 0, 0.1, ..., 1 with the best pooled",
        "F_avg (ties: nearest 0.5). Also estimates that procedure honestly: repeated stratified 2-fold splits of",
        "val, the weight chosen on one half and scored on the other, beside each model alone on the same halves.",
        "Writes OUT (command, data SHA-256, the grid, the choice, the estimate)."})
final class TrainTopicStanceMixtureCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "the SemEval data folder")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the report written")
  Path out;

  @Option(names = "--repeats", defaultValue = "200", paramLabel = "N", description = "2-fold splits (default: 200)")
  int repeats;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "seed of the splits (default: 42)")
  long seed;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    List<NlpEngine> engines = NlpEngines.createAll(
        NlpEngines.providers(Thread.currentThread().getContextClassLoader()), Map.of());
    ModelProviders<TopicStanceModelProvider> providers = StanceAnalyzerProvider.topicModelProviders();
    var encoder = SemevalPluginEvaluation.predict(engines, data, "val", providers.choose("encoder"), 0,
        System.err::println);
    var ngram = SemevalPluginEvaluation.predict(engines, data, "val", providers.choose("ngram"), 0,
        System.err::println);
    TopicMixtureSelection selection = new TopicMixtureSelection(encoder, ngram);
    List<String> lines = new ArrayList<>();
    lines.add("command: presslens train topic-stance-mixture --data " + data + " --out " + out + " --repeats "
        + repeats + " --seed " + seed);
    for (String target : encoder.keySet()) {
      for (String f : List.of("val_text.txt", "val_labels.txt")) {
        Path p = data.resolve(target).resolve(f);
        lines.add("data: " + p + " sha256 " + com.google.common.io.Files.asByteSource(p.toFile())
            .hash(Hashing.sha256()));
      }
    }
    selection.grid().forEach((w, f) -> lines.add(String.format(Locale.ROOT, "val encoder weight %.1f: F_avg %.4f",
        w, f)));
    double w = selection.select(i -> true);
    lines.add(String.format(Locale.ROOT, "selected encoder weight: %.1f (val F_avg %.4f; encoder alone %.4f, ngram"
        + " alone %.4f)", w, selection.fAvg(w, i -> true), selection.fAvg(1, i -> true), selection.fAvg(0, i -> true)));
    TopicMixtureSelection.CrossValidation cv = selection.crossValidate(repeats, seed);
    lines.add(String.format(Locale.ROOT, "cross-validated on val halves (%d held-out halves, weight chosen on the"
        + " other half): mixture %s, encoder alone %s, ngram alone %s; mixture above both in %.1f%% of halves;"
        + " weights chosen %s", cv.folds(), cv.mixture(), cv.a(), cv.b(), 100 * cv.mixtureBestShare(), cv.chosen()));
    lines.add(String.format(Locale.ROOT, "time from start: %.0f s", (System.nanoTime() - start) / 1e9));
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    lines.forEach(System.out::println);
    return Main.OK;
  }
}
