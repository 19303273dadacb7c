package org.presslens.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.presslens.analyzers.stance.entity.EntityStanceModel;
import org.presslens.training.stance.EntityStanceCrossValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presslens train entity-stance GOLD.jsonl --out FILE}: fits the ENTITY stance decision (a softmax regression
 * over a target's stance features) on labelled editorials.
 */
@Command(name = "entity-stance", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fit the ENTITY stance decision on labelled editorials (the layout of shared/data/entity-stance):",
        "a softmax regression over each target's stance features. Deterministic."})
final class TrainEntityStanceCommand implements Callable<Integer> {

  /** The default L2 penalty. */
  static final double L2 = 10;

  @Parameters(index = "0", paramLabel = "GOLD", description = "the gold JSONL file")
  Path gold;

  @Option(names = "--root", paramLabel = "DIR", description = "the folder the gold 'file' paths are relative to")
  Path root;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
  Path out;

  @Option(names = "--l2", defaultValue = "" + L2, paramLabel = "X", description = "L2 penalty (default: ${DEFAULT-VALUE})")
  double l2;

  @Option(names = "--cache", paramLabel = "DIR", description = "as for 'eval entity-stance'")
  Path cache;

  @Option(names = {"-t", "--threads"}, defaultValue = "2", paramLabel = "N", description = "articles in parallel")
  int threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<EntityStanceCrossValidation.Item> items = EntityStanceItems.load(gold, root, false, cache, "auto", threads,
        spec.commandLine().getErr());
    String sha = com.google.common.hash.Hashing.sha256().hashBytes(Files.readAllBytes(gold)).toString();
    EntityStanceModel model = EntityStanceCrossValidation.fit(items, l2, List.of(
        "presslens entity stance decision: softmax regression over standardised stance features",
        "trained on " + items.size() + " targets of " + gold.getFileName() + " (sha256 " + sha + ")",
        "l2 " + l2 + ", classes weighted by inverse frequency"));
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      model.write(w);
    }
    spec.commandLine().getErr().println("presslens: wrote " + out + " (" + items.size() + " targets)");
    return Main.OK;
  }
}
