package org.presslens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.training.stance.EntityStanceCrossValidation;
import org.presslens.training.stance.EntityStanceEvaluation;
import org.presslens.training.stance.EvidenceReading;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.report.AnalysisReport;
import org.presslens.json.PresslensJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens eval entity-stance GOLD.jsonl}: the author's stance toward labelled entities of editorials. */
@Command(name = "entity-stance", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate ENTITY stance on labelled editorials (the layout of shared/data/entity-stance): each",
        "gold entity is forced as a target of its file. Prints the confusion matrix, per-label P/R/F1, accuracy,",
        "macro-F1, F_avg, accuracy by confidence and the worst errors; the last line is",
        "{\"task\":\"entity-stance\",...}."})
final class EvalEntityStanceCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GOLD", description = "the gold JSONL file")
  Path gold;

  @Option(names = "--root", paramLabel = "DIR",
      description = "the folder the gold 'file' paths are relative to (default: ../articles/webis-editorials"
          + " from the gold file)")
  Path root;

  @Option(names = "--min-confidence", defaultValue = "medium", paramLabel = "LEVEL",
      description = "high: score only the gold targets labelled with high confidence (default: ${DEFAULT-VALUE})")
  String minConfidence;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "keep each article's NLP annotation and entities/sentiment results here for reruns")
  Path cache;

  @Option(names = "--sentiment-model", defaultValue = "auto", paramLabel = "NAME",
      description = "the sentence sentiment model of the sentiment analyzer (default: ${DEFAULT-VALUE}, the analyzer's"
          + " default)")
  String sentimentModel;

  @Option(names = "--errors", defaultValue = "15", paramLabel = "N", description = "worst errors shown")
  int errors;

  @Option(names = "--cross-validate", defaultValue = "0", paramLabel = "K",
      description = "also refit the stance model on K-1 folds of editorials and score the K-th (K >= 2; 0: off)")
  int folds;

  @Option(names = "--l2", defaultValue = "" + TrainEntityStanceCommand.L2, paramLabel = "X",
      description = "L2 penalty of the cross-validated fits (default: ${DEFAULT-VALUE})")
  double l2;

  @Option(names = "--gold-evidence",
      description = {"also read each target's stance from its gold evidence quotation alone (analyzed as a short",
          "article): a bound on what the sentiment models read of the author's stance in the sentence that shows it"})
  boolean goldEvidence;

  @Option(names = "--cases", paramLabel = "FILE",
      description = "also write each gold target and the system's stance toward it to FILE, one JSON object per line")
  Path casesFile;

  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "N", description = "articles in parallel")
  int threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!minConfidence.equals("medium") && !minConfidence.equals("high")) {
      throw new IllegalArgumentException("--min-confidence must be high or medium, got '" + minConfidence + "'");
    }
    EntityStanceInputs inputs = new EntityStanceInputs(cache, sentimentModel);
    List<EntityStanceCrossValidation.Item> items = EntityStanceItems.load(gold, root, minConfidence.equals("high"),
        inputs, threads, spec.commandLine().getErr());
    EntityStanceEvaluation.Result r = EntityStanceEvaluation.evaluate(items.stream()
        .map(i -> new EntityStanceEvaluation.Case(i.file(), i.gold(), i.stance())).toList());
    if (casesFile != null) {
      writeCases(r.cases(), casesFile);
    }
    var out = spec.commandLine().getOut();
    out.print(r.text(errors));
    Map<String, Object> json = new LinkedHashMap<>(r.json());
    json.put("min_confidence", minConfidence);
    json.put("sentiment_model", sentimentModel);
    if (folds > 0) {
      EntityStanceEvaluation.Result cv = EntityStanceEvaluation.evaluate(
          EntityStanceCrossValidation.crossValidate(items, folds, l2));
      out.println();
      out.println(folds + "-fold cross-validation by editorial (model refitted on the other folds, l2 " + l2 + "):");
      out.print(cv.text(0));
      Map<String, Object> cvJson = new LinkedHashMap<>(cv.json());
      cvJson.remove("task");
      cvJson.put("folds", folds);
      json.put("cross_validated", cvJson);
    }
    if (goldEvidence) {
      Map<EvidenceReading.Signal, List<EntityStanceEvaluation.Case>> readings = evidenceReadings(items, inputs);
      out.println();
      out.print(EvidenceReading.text(readings, items.size()));
      json.put("gold_evidence", EvidenceReading.json(readings));
    }
    out.println(PresslensJson.mapper().writeValueAsString(json));
    out.flush();
    return Main.OK;
  }

  /** One line per case: the gold target and the system's label, score and confidence. */
  private static void writeCases(List<EntityStanceEvaluation.Case> cases, Path file) throws java.io.IOException {
    List<String> lines = new java.util.ArrayList<>();
    for (EntityStanceEvaluation.Case c : cases) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("file", c.file());
      line.put("entity", c.gold().entity());
      line.put("gold", c.gold().stance().name());
      line.put("goldConfidence", c.gold().confidence());
      line.put("label", c.predicted().label().name());
      line.put("score", c.predicted().score());
      line.put("confidence", c.predicted().confidence());
      line.put("matched", c.matched());
      lines.add(PresslensJson.mapper().writeValueAsString(line));
    }
    java.nio.file.Files.write(file, lines, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Each target read from its gold evidence quotation: by the quotation's sentences, and by its targeted sentiment. */
  private static Map<EvidenceReading.Signal, List<EntityStanceEvaluation.Case>> evidenceReadings(
      List<EntityStanceCrossValidation.Item> items, EntityStanceInputs inputs) {
    List<EntityStanceEvaluation.Case> sentence = new java.util.ArrayList<>();
    List<EntityStanceEvaluation.Case> targeted = new java.util.ArrayList<>();
    for (EntityStanceCrossValidation.Item item : items) {
      String evidence = item.gold().evidence();
      if (evidence == null || evidence.isBlank()) {
        continue;
      }
      AnalysisReport report = inputs.analyzeText(item.file() + " evidence for " + item.gold().entity(), evidence);
      EvidenceReading.sentenceScore((SentimentResult) report.results().get("sentiment")).ifPresent(score ->
          sentence.add(EvidenceReading.reading(item.file(), item.gold(), score, EvidenceReading.Signal.SENTENCE)));
      EvidenceReading.targetedScore((EntitiesResult) report.results().get("entities"), item.gold().entity())
          .ifPresent(score -> targeted.add(EvidenceReading.reading(item.file(), item.gold(), score,
              EvidenceReading.Signal.TARGETED)));
    }
    Map<EvidenceReading.Signal, List<EntityStanceEvaluation.Case>> out = new java.util.EnumMap<>(
        EvidenceReading.Signal.class);
    out.put(EvidenceReading.Signal.SENTENCE, sentence);
    out.put(EvidenceReading.Signal.TARGETED, targeted);
    return out;
  }
}
