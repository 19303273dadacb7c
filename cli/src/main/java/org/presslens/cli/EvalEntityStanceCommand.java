package org.presslens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.presslens.analyzers.stance.entity.EntityStances;
import org.presslens.analyzers.stance.entity.eval.EntityStanceEvaluation;
import org.presslens.analyzers.stance.entity.eval.EntityStanceGold;
import org.presslens.json.PresslensJson;
import org.presslens.result.StanceResult;
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

  @Option(names = "--errors", defaultValue = "15", paramLabel = "N", description = "worst errors shown")
  int errors;

  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "N", description = "articles in parallel")
  int threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!minConfidence.equals("medium") && !minConfidence.equals("high")) {
      throw new IllegalArgumentException("--min-confidence must be high or medium, got '" + minConfidence + "'");
    }
    List<EntityStanceGold> golds = EntityStanceGold.read(gold);
    Path base = root != null ? root
        : gold.toAbsolutePath().getParent().resolve("../articles/webis-editorials").normalize();
    if (!Files.isDirectory(base)) {
      throw new IllegalArgumentException("the article root " + base + " is not a directory (use --root DIR)");
    }
    EntityStanceInputs inputs = new EntityStanceInputs(cache);
    var err = spec.commandLine().getErr();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<EntityStanceEvaluation.Case> cases = new ArrayList<>();
    try {
      List<Future<List<EntityStanceEvaluation.Case>>> futures = new ArrayList<>();
      for (EntityStanceGold g : golds) {
        futures.add(pool.submit(() -> score(inputs, base, g)));
      }
      int done = 0;
      for (Future<List<EntityStanceEvaluation.Case>> f : futures) {
        cases.addAll(f.get());
        if (++done % 10 == 0) {
          err.println("presslens: scored " + done + "/" + golds.size() + " articles");
          err.flush();
        }
      }
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    EntityStanceEvaluation.Result r = EntityStanceEvaluation.evaluate(cases);
    var out = spec.commandLine().getOut();
    out.print(r.text(errors));
    out.println(PresslensJson.mapper().writeValueAsString(r.json()));
    out.flush();
    return Main.OK;
  }

  private List<EntityStanceEvaluation.Case> score(EntityStanceInputs inputs, Path base, EntityStanceGold g) {
    List<EntityStanceGold.Target> targets = g.targets().stream()
        .filter(t -> minConfidence.equals("medium") || "high".equalsIgnoreCase(t.confidence())).toList();
    if (targets.isEmpty()) {
      return List.of();
    }
    EntityStances.Input input = inputs.of(base.resolve(g.file()));
    List<StanceResult.Stance> stances = EntityStances.analyze(input,
        targets.stream().map(EntityStanceGold.Target::entity).toList(), 0);
    List<EntityStanceEvaluation.Case> out = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      out.add(new EntityStanceEvaluation.Case(g.file(), targets.get(i), stances.get(i)));
    }
    return out;
  }
}
