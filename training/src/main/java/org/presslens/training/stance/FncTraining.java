package org.presslens.training.stance;

import org.presslens.training.ml.BoostingTrainer;
import org.presslens.analyzers.stance.claim.ClaimFeatures;
import org.presslens.analyzers.stance.claim.ClaimModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.ml.GradientBoosting;
import org.presslens.nlp.NlpEngine;

/**
 * Trains the {@link ClaimModel} on FNC-1's {@code train_bodies.csv} and {@code train_stances.csv}, leaving out the
 * dev Body IDs ({@link FncData#isDev}). Bodies are annotated through the shared NLP engine (cacheable, see
 * {@link AnnotatedTexts}); headlines are tokenized as claims are at analysis time ({@link DocData#ofShortText}).
 */
public final class FncTraining {

  static final BoostingTrainer.Params RELATED = new BoostingTrainer.Params(200, 6, 0.1, 1.0, 1.0, 64, 0.8, 7);
  static final BoostingTrainer.Params STANCE = new BoostingTrainer.Params(300, 5, 0.05, 1.0, 1.0, 64, 0.8, 11);

  private FncTraining() {
  }

  /** Settings: the FNC-1 folder, the model file, an annotation cache file (or null), a cap on bodies, threads. */
  public record Settings(Path data, Path out, Path cache, int limit, int threads) {
  }

  /** Pairs with their feature vectors. */
  record Featurized(List<FncData.Pair> pairs, double[][] x, List<ClaimFeatures.Body> bodies,
                    Map<Integer, Integer> bodyIndex) {
  }

  public static ClaimModel train(NlpEngine engine, Settings s, Consumer<String> log) {
    Map<Integer, String> allBodies = FncData.readBodies(s.data().resolve("train_bodies.csv"));
    List<FncData.Pair> allPairs = FncData.readStances(s.data().resolve("train_stances.csv"));
    List<Integer> ids = new ArrayList<>();
    for (int id : allBodies.keySet()) {
      if (!FncData.isDev(id)) {
        ids.add(id);
      }
    }
    if (s.limit() > 0 && s.limit() < ids.size()) {
      ids = ids.subList(0, s.limit());
    }
    java.util.Set<Integer> idSet = new java.util.HashSet<>(ids);
    List<FncData.Pair> pairs = allPairs.stream().filter(p -> idSet.contains(p.bodyId())).toList();
    log.accept("FNC-1 train: " + ids.size() + " bodies (dev Body IDs held out), " + pairs.size() + " pairs");
    List<DocData> docs = AnnotatedTexts.annotate(engine, ids.stream().map(allBodies::get).toList(), s.cache(),
        s.threads(), "FNC-1 bodies", log);
    ClaimFeatures.Idf idf = ClaimFeatures.Idf.of(docs);
    Map<Integer, DocData> byId = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), docs.get(i));
    }
    double[][] x = featurize(pairs, byId, idf);
    ClaimModel model = fit(pairs, x, idf, ids.size(), log);
    if (s.out() != null) {
      try {
        model.write(s.out());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return model;
  }

  /** The feature vectors of {@code pairs} (in parallel), bodies looked up by id. */
  static double[][] featurize(List<FncData.Pair> pairs, Map<Integer, DocData> bodies, ClaimFeatures.Idf idf) {
    Map<Integer, ClaimFeatures.Body> prepared = new ConcurrentHashMap<>();
    Map<String, ClaimFeatures.Claim> claims = new ConcurrentHashMap<>();
    double[][] x = new double[pairs.size()][];
    IntStream.range(0, pairs.size()).parallel().forEach(i -> {
      FncData.Pair p = pairs.get(i);
      DocData doc = bodies.get(p.bodyId());
      if (doc == null) {
        throw new IllegalArgumentException("no body with Body ID " + p.bodyId());
      }
      ClaimFeatures.Body b = prepared.computeIfAbsent(p.bodyId(), k -> new ClaimFeatures.Body(doc, idf));
      ClaimFeatures.Claim c = claims.computeIfAbsent(p.headline(),
          h -> new ClaimFeatures.Claim(DocData.ofShortText(h)));
      x[i] = ClaimFeatures.of(c, b, idf);
    });
    return x;
  }

  static ClaimModel fit(List<FncData.Pair> pairs, double[][] x, ClaimFeatures.Idf idf, int bodies,
                        Consumer<String> log) {
    int n = pairs.size();
    int[] rel = new int[n];
    List<double[]> relX = new ArrayList<>();
    List<Integer> relY = new ArrayList<>();
    int[] counts = new int[4];
    for (int i = 0; i < n; i++) {
      int label = pairs.get(i).label();
      counts[label]++;
      rel[i] = label == ClaimModel.UNRELATED ? 0 : 1;
      if (rel[i] == 1) {
        relX.add(x[i]);
        relY.add(label);
      }
    }
    long start = System.nanoTime();
    GradientBoosting related = BoostingTrainer.train(x, rel, 2, null, RELATED);
    log.accept(String.format(Locale.ROOT, "stage 1 (related/unrelated) trained on %d pairs in %.1f s", n,
        (System.nanoTime() - start) / 1e9));
    start = System.nanoTime();
    int[] y2 = relY.stream().mapToInt(Integer::intValue).toArray();
    double[] w2 = new double[y2.length];
    for (int i = 0; i < y2.length; i++) {
      w2[i] = y2[i] == ClaimModel.DISAGREE ? 2.0 : 1.0;
    }
    GradientBoosting stance = BoostingTrainer.train(relX.toArray(double[][]::new), y2, 3, w2, STANCE);
    log.accept(String.format(Locale.ROOT, "stage 2 (agree/disagree/discuss) trained on %d pairs in %.1f s",
        y2.length, (System.nanoTime() - start) / 1e9));
    List<String> notes = List.of(
        "FNC-1 training data (FakeNewsChallenge/fnc-1 train_bodies.csv, train_stances.csv), " + bodies
            + " bodies, " + n + " pairs (agree " + counts[0] + ", disagree " + counts[1] + ", discuss " + counts[2]
            + ", unrelated " + counts[3] + "); dev Body IDs held out: (id * 2654435761 mod 2^32) mod 10 < 2",
        "stage 1: gradient-boosted trees " + RELATED + "; stage 2 (related pairs, disagree weighted 2): " + STANCE,
        "reproduce: ./presslens train stance --task claim --data ../shared/data/fnc-1 --out FILE");
    return new ClaimModel(idf, related, stance, notes);
  }
}
