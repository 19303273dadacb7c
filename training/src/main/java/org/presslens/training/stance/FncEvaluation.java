package org.presslens.training.stance;

import org.presslens.analyzers.stance.claim.ClaimModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.nlp.NlpEngine;

/** Evaluates a {@link ClaimModel} on FNC-1 files with the official score ({@link FncScore}). */
public final class FncEvaluation {

  private FncEvaluation() {
  }

  /**
   * Scores the pairs of {@code stances} (only those of dev Body IDs when {@code devOnly}; at most {@code limit}
   * bodies when positive).
   */
  public static FncScore evaluate(NlpEngine engine, Path bodiesCsv, Path stancesCsv, ClaimModel model,
                                  boolean devOnly, Path cache, int limit, int threads, Consumer<String> log) {
    Map<Integer, String> bodies = FncData.readBodies(bodiesCsv);
    List<FncData.Pair> pairs = new ArrayList<>();
    Set<Integer> used = new LinkedHashSet<>();
    for (FncData.Pair p : FncData.readStances(stancesCsv)) {
      if (p.label() < 0) {
        throw new IllegalArgumentException(stancesCsv + " has no Stance column: nothing to score");
      }
      if (devOnly && !FncData.isDev(p.bodyId())) {
        continue;
      }
      if (limit > 0 && !used.contains(p.bodyId()) && used.size() >= limit) {
        continue;
      }
      used.add(p.bodyId());
      pairs.add(p);
    }
    List<Integer> ids = new ArrayList<>(used);
    log.accept("FNC-1 eval: " + ids.size() + " bodies, " + pairs.size() + " pairs" + (devOnly ? " (dev split)" : ""));
    List<String> texts = new ArrayList<>();
    for (int id : ids) {
      String t = bodies.get(id);
      if (t == null) {
        throw new IllegalArgumentException(stancesCsv + " names Body ID " + id + ", which " + bodiesCsv + " lacks");
      }
      texts.add(t);
    }
    List<DocData> docs = AnnotatedTexts.annotate(engine, texts, cache, threads, "FNC-1 bodies", log);
    Map<Integer, DocData> byId = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), docs.get(i));
    }
    double[][] x = FncTraining.featurize(pairs, byId, model.idf());
    FncScore score = new FncScore();
    for (int i = 0; i < pairs.size(); i++) {
      score.add(pairs.get(i).label(), ClaimModel.decide(model.probabilities(x[i])));
    }
    return score;
  }
}
