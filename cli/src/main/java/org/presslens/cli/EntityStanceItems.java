package org.presslens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.presslens.analyzers.stance.entity.EntityStances;
import org.presslens.training.stance.EntityStanceCrossValidation;
import org.presslens.training.stance.EntityStanceGold;
import org.presslens.analyzers.stance.api.StanceResult;

/**
 * The labelled targets of an entity-stance gold file, each with its features and the analyzer's stance (every gold
 * entity forced as a target of its article), for {@code eval entity-stance} and {@code train entity-stance}.
 */
final class EntityStanceItems {

  private EntityStanceItems() {
  }

  /** The folder the gold file's paths are relative to: {@code root}, else ../articles/webis-editorials from it. */
  static Path root(Path gold, Path root) {
    Path base = root != null ? root
        : gold.toAbsolutePath().getParent().resolve("../articles/webis-editorials").normalize();
    if (!Files.isDirectory(base)) {
      throw new IllegalArgumentException("the article root " + base + " is not a directory (use --root DIR)");
    }
    return base;
  }

  /** Scores every gold target ({@code highOnly}: only those labelled with high confidence), articles in parallel. */
  static List<EntityStanceCrossValidation.Item> load(Path gold, Path root, boolean highOnly, Path cache,
                                                      String sentimentModel, int threads, PrintWriter err)
      throws Exception {
    return load(gold, root, highOnly, new EntityStanceInputs(cache, sentimentModel), threads, err);
  }

  /** {@link #load(Path, Path, boolean, Path, String, int, PrintWriter)} with the given inputs. */
  static List<EntityStanceCrossValidation.Item> load(Path gold, Path root, boolean highOnly,
                                                      EntityStanceInputs inputs, int threads, PrintWriter err)
      throws Exception {
    List<EntityStanceGold> golds = EntityStanceGold.read(gold);
    Path base = root(gold, root);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    List<EntityStanceCrossValidation.Item> items = new ArrayList<>();
    try {
      List<Future<List<EntityStanceCrossValidation.Item>>> futures = new ArrayList<>();
      for (EntityStanceGold g : golds) {
        futures.add(pool.submit(() -> score(inputs, base, g, highOnly)));
      }
      int done = 0;
      for (Future<List<EntityStanceCrossValidation.Item>> f : futures) {
        items.addAll(f.get());
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
    return items;
  }

  private static List<EntityStanceCrossValidation.Item> score(EntityStanceInputs inputs, Path base,
                                                              EntityStanceGold g, boolean highOnly) {
    List<EntityStanceGold.Target> targets = g.targets().stream()
        .filter(t -> !highOnly || "high".equalsIgnoreCase(t.confidence())).toList();
    if (targets.isEmpty()) {
      return List.of();
    }
    EntityStances.Input input = inputs.of(base.resolve(g.file()));
    List<String> names = targets.stream().map(EntityStanceGold.Target::entity).toList();
    List<StanceResult.Stance> stances = EntityStances.analyze(input, names, 0);
    List<double[]> features = EntityStances.features(input, names);
    List<EntityStanceCrossValidation.Item> out = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      out.add(new EntityStanceCrossValidation.Item(g.file(), targets.get(i), features.get(i), stances.get(i)));
    }
    return out;
  }
}
