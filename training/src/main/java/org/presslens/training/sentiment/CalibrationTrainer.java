package org.presslens.training.sentiment;

import org.presslens.analyzers.sentiment.SentenceScorer;
import org.presslens.analyzers.sentiment.SentenceFeatures;
import org.presslens.analyzers.sentiment.LogisticModel;
import org.presslens.analyzers.sentiment.Calibration;
import org.presslens.analyzers.sentiment.LexiconModel;
import org.presslens.training.newsmtsc.NewsMtsc;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Set;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.pipeline.NlpEngines;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fits the sentiment {@link Calibration} on NewsMTSC {@code train.jsonl} (never on a dev or test split) and writes the
 * resource. Every gold sentence is annotated once by the shared NLP engine (tokens, parse, sentiment; default
 * options, so the parse cap is the default one); each of its sentences gives a lexicon sample, and each sentence
 * CoreNLP scored also a CoreNLP sample, labelled with the gold polarity and weighted 1 / (sentences of the item).
 * The L2 strength and class balancing are chosen by 5-fold cross-validation on train (folds by item), on
 * macro-F1; then the model is refitted on all of train.
 *
 * <pre>
 *   java -cp 'cli/target/presslens-cli.jar:cli/target/lib/*' org.presslens.training.sentiment.CalibrationTrainer \
 *       ../shared/data/newsmtsc/train.jsonl \
 *       analyzers-sentiment/src/main/resources/org/presslens/analyzers/sentiment/newsmtsc-calibration.json \
 *       [--threads N] [--features FILE.tsv]
 * </pre>
 * {@code --features} caches the feature vectors: when the file exists it is read instead of running the NLP engine.
 */
public final class CalibrationTrainer {

  static final double[] L2 = {1e-4, 1e-3, 1e-2, 1e-1};
  static final int FOLDS = 5;

  private CalibrationTrainer() {
  }

  /** Samples of one model: features, gold class, weight, and the item each came from. */
  record Samples(List<double[]> x, List<Integer> y, List<Double> w, List<Integer> item) {
    Samples() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    void add(double[] features, int gold, double weight, int itemIndex) {
      x.add(features);
      y.add(gold);
      w.add(weight);
      item.add(itemIndex);
    }

    int size() {
      return x.size();
    }
  }

  /** The fitted model and how it was chosen. */
  record Fit(LogisticModel model, double l2, boolean balanced, Map<String, Double> cv) {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CalibrationTrainer TRAIN.jsonl OUT.json [--threads N] [--features FILE.tsv]");
      System.exit(2);
    }
    Path train = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int threads = 2;
    Path cache = null;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--features" -> cache = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (train.getFileName().toString().contains("dev") || train.getFileName().toString().contains("test")) {
      throw new IllegalArgumentException("fit the calibration on a training split only, not " + train);
    }
    PrintStream log = System.err;
    NewsMtsc.Sentences data = NewsMtsc.sentences(NewsMtsc.read(train));
    log.printf("%s: %d lines, %d gold sentences, %d skipped (targets disagree)%n", train, data.lines(),
        data.items().size(), data.skipped());

    Samples corenlp = new Samples();
    Samples lexicon = new Samples();
    if (cache != null && Files.exists(cache)) {
      readCache(cache, corenlp, lexicon);
      log.printf("read %d CoreNLP and %d lexicon samples from %s%n", corenlp.size(), lexicon.size(), cache);
    } else {
      extract(data.items(), threads, corenlp, lexicon, log);
      if (cache != null) {
        writeCache(cache, corenlp, lexicon);
      }
    }

    Fit c = choose(SentenceFeatures.CORENLP, corenlp, log, "corenlp");
    Fit l = choose(SentenceFeatures.LEXICON, lexicon, log, "lexicon");

    ObjectNode metadata = PresslensJson.mapper().createObjectNode();
    metadata.put("data", "NewsMTSC train.jsonl (Hamborg & Donnay 2021), sentences whose targets share one polarity");
    metadata.put("file", train.getFileName().toString());
    metadata.put("sha256", sha256(train));
    metadata.put("goldSentences", data.items().size());
    metadata.put("skipped", data.skipped());
    metadata.set("corenlp", fitReport(c, corenlp));
    metadata.set("lexicon", fitReport(l, lexicon));
    metadata.put("command", "java -cp 'cli/target/presslens-cli.jar:cli/target/lib/*' "
        + CalibrationTrainer.class.getName() + " ../shared/data/newsmtsc/train.jsonl " + Calibration.RESOURCE_PATH);
    Calibration calibration = new Calibration("newsmtsc-train", c.model(), l.model(), metadata);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, PresslensJson.pretty().writeValueAsString(calibration.toJson()) + "\n",
        StandardCharsets.UTF_8);
    log.println("wrote " + out);
  }

  private static ObjectNode fitReport(Fit fit, Samples samples) {
    ObjectNode n = PresslensJson.mapper().createObjectNode();
    n.put("samples", samples.size());
    n.put("l2", fit.l2());
    n.put("balanced", fit.balanced());
    ObjectNode cv = n.putObject("cvMacroF1");
    fit.cv().forEach((k, v) -> cv.put(k, Math.round(v * 10000) / 10000.0));
    return n;
  }

  /** Annotates every item once and collects the samples of both models. */
  static void extract(List<NewsMtsc.Sentence> items, int threads, Samples corenlp, Samples lexicon, PrintStream log)
      throws InterruptedException {
    NlpEngine engine = NlpEngines.create(CalibrationTrainer.class.getClassLoader(), Map.of());
    LexiconModel model = LexiconModel.shared();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    long start = System.nanoTime();
    try {
      List<Future<NlpDocument>> futures = new ArrayList<>();
      for (NewsMtsc.Sentence item : items) {
        futures.add(pool.submit(() -> engine.annotate(item.article(), Set.of(NlpLayer.TOKENS,
            NlpLayer.SENTIMENT))));
      }
      for (int i = 0; i < items.size(); i++) {
        NlpDocument doc;
        try {
          doc = futures.get(i).get();
        } catch (ExecutionException e) {
          log.println("skipped " + items.get(i).id() + ": " + e.getCause());
          continue;
        }
        int gold = items.get(i).gold().ordinal();
        double weight = doc.sentences().isEmpty() ? 0 : 1.0 / doc.sentences().size();
        for (Sentence s : doc.sentences()) {
          LexiconModel.Score lex = model.score(SentenceScorer.texts(s.tokens()));
          lexicon.add(SentenceFeatures.lexicon(lex, s.tokens().size()), gold, weight, i);
          if (s.sentiment() != null) {
            corenlp.add(SentenceFeatures.corenlp(s, lex), gold, weight, i);
          }
        }
        if ((i + 1) % 500 == 0) {
          log.printf("%d/%d sentences annotated, %.0f s%n", i + 1, items.size(), (System.nanoTime() - start) / 1e9);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Chooses L2 and class balancing by cross-validated macro-F1, then fits on all samples. */
  static Fit choose(List<String> features, Samples s, PrintStream log, String name) {
    Map<String, Double> cv = new LinkedHashMap<>();
    double best = -1;
    double bestL2 = L2[0];
    boolean bestBalanced = false;
    for (boolean balanced : new boolean[] {false, true}) {
      for (double l2 : L2) {
        double f1 = crossValidate(features, s, l2, balanced);
        String key = String.format(Locale.ROOT, "l2=%g%s", l2, balanced ? ",balanced" : "");
        cv.put(key, f1);
        log.printf(Locale.ROOT, "%s: %s cv macro-F1 %.4f%n", name, key, f1);
        if (f1 > best + 1e-9) {
          best = f1;
          bestL2 = l2;
          bestBalanced = balanced;
        }
      }
    }
    double[][] x = s.x().toArray(new double[0][]);
    int[] y = s.y().stream().mapToInt(Integer::intValue).toArray();
    LogisticModel model = LogisticFit.fit(features, x, y, weights(s, all(s.size()), bestBalanced), bestL2);
    return new Fit(model, bestL2, bestBalanced, cv);
  }

  static double crossValidate(List<String> features, Samples s, double l2, boolean balanced) {
    double[][] confusion = new double[3][3];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Integer> trainIdx = new ArrayList<>();
      List<Integer> testIdx = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        (s.item().get(i) % FOLDS == fold ? testIdx : trainIdx).add(i);
      }
      double[][] x = new double[trainIdx.size()][];
      int[] y = new int[trainIdx.size()];
      for (int i = 0; i < trainIdx.size(); i++) {
        x[i] = s.x().get(trainIdx.get(i));
        y[i] = s.y().get(trainIdx.get(i));
      }
      LogisticModel m = LogisticFit.fit(features, x, y, weights(s, trainIdx, balanced), l2);
      for (int i : testIdx) {
        int predicted = SentenceScorer.argmax(m.probabilities(s.x().get(i)));
        confusion[s.y().get(i)][predicted] += s.w().get(i);
      }
    }
    // weighted macro-F1
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      double tp = confusion[k][k];
      double predicted = confusion[0][k] + confusion[1][k] + confusion[2][k];
      double gold = confusion[k][0] + confusion[k][1] + confusion[k][2];
      double p = predicted == 0 ? 0 : tp / predicted;
      double r = gold == 0 ? 0 : tp / gold;
      sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    return sum / 3;
  }

  private static List<Integer> all(int n) {
    List<Integer> idx = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      idx.add(i);
    }
    return idx;
  }

  /** The sample weights of {@code idx}; balanced: each class's weights rescaled to the same total. */
  static double[] weights(Samples s, List<Integer> idx, boolean balanced) {
    double[] w = new double[idx.size()];
    double[] classTotal = new double[3];
    for (int i = 0; i < idx.size(); i++) {
      w[i] = s.w().get(idx.get(i));
      classTotal[s.y().get(idx.get(i))] += w[i];
    }
    if (balanced) {
      for (int i = 0; i < idx.size(); i++) {
        double t = classTotal[s.y().get(idx.get(i))];
        w[i] = t == 0 ? 0 : w[i] / t;
      }
    }
    return w;
  }

  private static void writeCache(Path cache, Samples corenlp, Samples lexicon) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(cache, StandardCharsets.UTF_8)) {
      write(w, "corenlp", corenlp);
      write(w, "lexicon", lexicon);
    }
  }

  private static void write(BufferedWriter w, String model, Samples s) throws IOException {
    for (int i = 0; i < s.size(); i++) {
      StringBuilder line = new StringBuilder(model).append('\t').append(s.item().get(i)).append('\t')
          .append(s.y().get(i)).append('\t').append(s.w().get(i));
      for (double f : s.x().get(i)) {
        line.append('\t').append(f);
      }
      w.write(line.append('\n').toString());
    }
  }

  private static void readCache(Path cache, Samples corenlp, Samples lexicon) throws IOException {
    for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      double[] x = new double[f.length - 4];
      for (int j = 0; j < x.length; j++) {
        x[j] = Double.parseDouble(f[j + 4]);
      }
      (f[0].equals("corenlp") ? corenlp : lexicon).add(x, Integer.parseInt(f[2]), Double.parseDouble(f[3]),
          Integer.parseInt(f[1]));
    }
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
