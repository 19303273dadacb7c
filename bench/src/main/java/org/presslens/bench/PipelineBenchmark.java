package org.presslens.bench;

import com.sun.management.OperatingSystemMXBean;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ResultKey;
import tools.jackson.databind.JsonNode;

/**
 * {@code presslens bench pipeline}: the whole pipeline against bare Stanford CoreNLP, side by side in one run, plus
 * child-JVM measurements through the launcher. Sections:
 * <ol>
 *   <li>{@link Section#OVERHEAD}: the full pipeline (every analyzer found) against one bare
 *       {@code StanfordCoreNLP.annotate} with the union of its annotators and the same properties
 *       ({@link BareCoreNlp#forLayers}); and each analyzer (with the analyzers whose results it needs) against its own
 *       bare annotator set. Interleaved per article, alternating which goes first, after warm-up; the ratio is the
 *       median over rounds of (presslens time / bare time) summed over the articles.</li>
 *   <li>{@link Section#DEFAULTS}: the full pipeline against CoreNLP's defaults for
 *       {@value BareCoreNlp#DEFAULT_ANNOTATORS} (PCFG parser, full NER), interleaved the same way.</li>
 *   <li>{@link Section#THREADS}: articles per minute over a batch with 1 and 2 threads sharing one pipeline, run
 *       1-2-2-1; with the CPU time the process got, since other jobs share the cores.</li>
 *   <li>{@link Section#COLD}: launcher start to the first report for {@code --analyzers entities}, {@code sentiment}
 *       (corenlp and lexicon models) and all, each in a fresh JVM; with the CoreNLP annotator sets each loaded.</li>
 *   <li>{@link Section#MEMORY}: peak RSS of those runs at the launcher's default -Xmx, and the smallest -Xmx that
 *       analyzes a small batch on 2 threads (bisection over child JVMs); from them, a recommended default.</li>
 *   <li>{@link Section#LONG}: long articles (e.g. 10k/50k/100k words) and one 5,000-token unpunctuated "sentence",
 *       each in a child JVM with the launcher's default -Xmx: time per step, per 1,000 words, peak RSS, capped
 *       sentences.</li>
 * </ol>
 * Not thread-safe; one run at a time.
 */
public final class PipelineBenchmark {

  /** The parts of the benchmark. */
  public enum Section {
    OVERHEAD, DEFAULTS, THREADS, COLD, MEMORY, LONG;

    /** The section called {@code name} (case-insensitive). */
    public static Section parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown bench section '" + name + "'; expected some of "
            + EnumSet.allOf(Section.class).toString().toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * What to measure.
   *
   * @param articles the articles of the in-process comparisons (overhead, defaults)
   * @param batch the batch of the thread comparison
   * @param warmup warm-up rounds over {@code articles}, not timed
   * @param rounds measured rounds
   * @param options pipeline options ({@code <analyzer>.<key>}, {@code nlp.<key>}) for the in-process runs
   * @param sections the sections to run
   * @param launcher the {@code presslens} launcher for child JVMs (null: skip the child sections)
   * @param childArticle the article of the cold-start runs
   * @param memoryBatch the inputs of the -Xmx bisection runs (analyzed on 2 threads)
   * @param longSources articles whose paragraphs make up the long articles
   * @param longWords the lengths of the long articles, in words
   * @param runOnTokens the length of the unpunctuated "sentence" (0: none)
   * @param workDir where the long articles and reports are written
   * @param childTimeout the longest a child JVM may run
   * @param log progress lines
   */
  public record Settings(List<Article> articles, List<Article> batch, int warmup, int rounds,
                         Map<String, String> options, Set<Section> sections, Path launcher, Path childArticle,
                         List<Path> memoryBatch, List<Path> longSources, List<Integer> longWords, int runOnTokens,
                         Path workDir, Duration childTimeout, PrintWriter log) {
  }

  /** The printed table and the one-line JSON summary. */
  public record Report(List<String> table, Map<String, Object> json) {
    public String toJsonLine() {
      return PresslensJson.mapper().writeValueAsString(json);
    }
  }

  /** The child runs of the cold-start and memory sections: name and CLI arguments before the inputs. */
  static final Map<String, List<String>> CHILD_CONFIGS = childConfigs();

  private static final Pattern LOADED = Pattern.compile("CoreNLP pipeline \\[([a-z,]+)\\] ready");
  private static final Pattern LAUNCHER_DEFAULT = Pattern.compile("\\$\\{PRESSLENS_JAVA_OPTS:-([^}]*)\\}");
  /** Lets the engine's "CoreNLP pipeline [...] ready" line through the CLI's warn-level logging. */
  private static final String LOG_LOADED_SETS =
      "-Dorg.slf4j.simpleLogger.log.org.presslens.corenlp.CoreNlpEngine=info";
  private static final int COLD_ROUNDS = 3;
  private static final int XMX_HIGH_MB = 3072;
  private static final int XMX_LOW_MB = 128;
  private static final int XMX_STEP_MB = 64;

  private final Settings s;
  private final PrintWriter log;
  private final List<String> table = new ArrayList<>();
  private final Map<String, Object> json = new LinkedHashMap<>();
  private Pipeline all;

  private PipelineBenchmark(Settings settings) {
    this.s = settings;
    this.log = settings.log();
  }

  /** Runs the selected sections. */
  public static Report run(Settings settings) {
    PipelineBenchmark b = new PipelineBenchmark(settings);
    b.json.put("bench", "pipeline");
    b.json.put("machine", Machine.describe());
    b.json.put("articles", settings.articles().size());
    b.json.put("words", settings.articles().stream().mapToInt(a -> Corpus.wordCount(a.text())).sum());
    b.json.put("rounds", settings.rounds());
    Integer recommended = null;
    for (Section section : Section.values()) {
      if (!settings.sections().contains(section)) {
        continue;
      }
      boolean child = section == Section.COLD || section == Section.MEMORY || section == Section.LONG;
      if (child && settings.launcher() == null) {
        b.note(section + ": skipped (no launcher)");
        continue;
      }
      double load = Machine.load1();
      b.note("== " + section.name().toLowerCase(Locale.ROOT) + " (load " + load + ")");
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("loadStart", load);
      switch (section) {
        case OVERHEAD -> b.overhead(part);
        case DEFAULTS -> b.defaults(part);
        case THREADS -> b.threads(part);
        case COLD -> b.cold(part);
        case MEMORY -> recommended = b.memory(part);
        case LONG -> b.longInput(part, recommended);
        default -> throw new IllegalStateException(section.toString());
      }
      part.put("loadEnd", Machine.load1());
      b.json.put(section.name().toLowerCase(Locale.ROOT), part);
    }
    return new Report(b.table, b.json);
  }

  // ---------------------------------------------------------------------------------------------- in-process

  private Pipeline all() {
    if (all == null) {
      all = Pipeline.builder().options(s.options()).build();
    }
    return all;
  }

  /** One presslens pipeline and the bare CoreNLP pipeline doing the same NLP work. */
  private record Pair(String label, Pipeline pipeline, StanfordCoreNLP bare, String annotators) {
  }

  private void overhead(Map<String, Object> part) {
    Pipeline full = all();
    List<Pair> pairs = new ArrayList<>();
    pairs.add(pair("all " + full.analyzerNames(), full));
    AnalyzerRegistry registry = AnalyzerRegistry.discover();
    if (full.analyzerNames().size() > 1) {
      for (String name : full.analyzerNames()) {
        List<String> selection = withProducers(registry, name);
        Pipeline p = Pipeline.builder().analyzers(selection).options(optionsFor(selection)).build();
        pairs.add(pair(selection.size() == 1 ? name : name + " (+" + String.join(",",
            selection.subList(0, selection.size() - 1)) + ")", p));
      }
    }
    table.add("");
    table.add(String.format(Locale.ROOT, "overhead over the floor: %d articles (%d words), %d warm-up + %d rounds,"
        + " interleaved; load %.1f", s.articles().size(), (int) json.get("words"), s.warmup(), s.rounds(),
        Machine.load1()));
    table.add(String.format(Locale.ROOT, "  %-38s %-42s %12s %12s %8s %9s", "presslens", "bare CoreNLP annotators",
        "presslens ms", "bare ms", "ratio", "target"));
    Map<String, Object> rows = new LinkedHashMap<>();
    // every pair is warmed up before any is measured, and each round measures every pair in turn, so that JIT
    // warm-up and changes in the machine's load fall on all of them alike
    for (int w = 0; w < s.warmup(); w++) {
      for (Pair pair : pairs) {
        for (Article a : s.articles()) {
          pair.pipeline().analyze(a);
          pair.bare().annotate(new Annotation(a.text()));
        }
      }
      log.printf("  warm-up round %d done (load %.1f)%n", w + 1, Machine.load1());
      log.flush();
    }
    List<List<Side>> perRound = new ArrayList<>();
    for (int r = 0; r < s.rounds(); r++) {
      List<Side> round = new ArrayList<>();
      for (Pair pair : pairs) {
        round.add(interleave(pair.pipeline(), pair.bare(), s.articles(), 0, 1, r));
      }
      perRound.add(round);
      log.printf("  round %d done (load %.1f)%n", r + 1, Machine.load1());
      log.flush();
    }
    for (int k = 0; k < pairs.size(); k++) {
      Pair pair = pairs.get(k);
      List<Side> sides = new ArrayList<>();
      for (List<Side> round : perRound) {
        sides.add(round.get(k));
      }
      Side side = Side.merge(sides);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("annotators", pair.annotators());
      row.put("presslensMsPerArticle", Stats.round(side.presslensMsPerArticle(), 1));
      row.put("bareMsPerArticle", Stats.round(side.bareMsPerArticle(), 1));
      row.put("ratio", Stats.round(side.ratio(), 3));
      row.put("nlpMsPerArticle", Stats.round(side.nlpMsPerArticle(), 1));
      row.put("analyzersMsPerArticle", Stats.round(side.analyzersMsPerArticle(), 1));
      row.put("roundRatios", side.roundRatios().stream().map(r -> Stats.round(r, 3)).toList());
      rows.put(pair.label(), row);
      table.add(String.format(Locale.ROOT, "  %-38s %-42s %12.0f %12.0f %8.3f %9s", pair.label(), pair.annotators(),
          side.presslensMsPerArticle(), side.bareMsPerArticle(), side.ratio(), "<= 1.05"));
      table.add(String.format(Locale.ROOT, "  %-38s   of which: nlp layer %.0f ms, analyzers %.0f ms per article", "",
          side.nlpMsPerArticle(), side.analyzersMsPerArticle()));
    }
    part.put("pairs", rows);
    StanfordCoreNLP.clearAnnotatorPool();
  }

  private Pair pair(String label, Pipeline pipeline) {
    Properties props = BareCoreNlp.forLayers(pipeline.nlpLayers(), nlpOptions());
    log.printf("loading bare CoreNLP [%s]%n", props.getProperty("annotators"));
    log.flush();
    return new Pair(label, pipeline, new StanfordCoreNLP(props), props.getProperty("annotators"));
  }

  private void defaults(Map<String, Object> part) {
    Pipeline full = all();
    log.println("loading bare CoreNLP with its defaults [" + BareCoreNlp.DEFAULT_ANNOTATORS + "] (PCFG, full NER)");
    log.flush();
    StanfordCoreNLP defaults = new StanfordCoreNLP(BareCoreNlp.defaults());
    int rounds = Math.max(1, s.rounds());
    Side side = interleave(full, defaults, s.articles(), Math.min(1, s.warmup()), rounds, 0);
    double perArticleWorst = 0;
    for (int i = 0; i < s.articles().size(); i++) {
      perArticleWorst = Math.max(perArticleWorst, side.articleRatio(i));
    }
    table.add("");
    table.add(String.format(Locale.ROOT, "against CoreNLP defaults [%s] (PCFG, full NER): %d articles, %d round(s);"
        + " load %.1f", BareCoreNlp.DEFAULT_ANNOTATORS, s.articles().size(), rounds, Machine.load1()));
    table.add(String.format(Locale.ROOT, "  presslens all %.0f ms/article, CoreNLP defaults %.0f ms/article: %.3fx"
            + " (worst article %.3fx; target <= 0.3x)", side.presslensMsPerArticle(), side.bareMsPerArticle(),
        side.ratio(), perArticleWorst));
    part.put("presslensMsPerArticle", Stats.round(side.presslensMsPerArticle(), 1));
    part.put("defaultsMsPerArticle", Stats.round(side.bareMsPerArticle(), 1));
    part.put("ratio", Stats.round(side.ratio(), 3));
    part.put("worstArticleRatio", Stats.round(perArticleWorst, 3));
    StanfordCoreNLP.clearAnnotatorPool();
  }

  /** Interleaved timings of one pipeline pair. */
  private record Side(double[][] presslens, double[][] bare, double[][] nlp, List<Double> roundRatios) {
    /** The rounds of several one-round sides as one side. */
    static Side merge(List<Side> sides) {
      double[][] p = new double[sides.size()][];
      double[][] b = new double[sides.size()][];
      double[][] n = new double[sides.size()][];
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < sides.size(); i++) {
        p[i] = sides.get(i).presslens()[0];
        b[i] = sides.get(i).bare()[0];
        n[i] = sides.get(i).nlp()[0];
        ratios.add(sides.get(i).roundRatios().get(0));
      }
      return new Side(p, b, n, ratios);
    }

    double presslensMsPerArticle() {
      return perArticle(presslens);
    }

    double bareMsPerArticle() {
      return perArticle(bare);
    }

    double nlpMsPerArticle() {
      return perArticle(nlp);
    }

    double analyzersMsPerArticle() {
      return presslensMsPerArticle() - nlpMsPerArticle();
    }

    double ratio() {
      return Stats.median(roundRatios);
    }

    /** The median over rounds of one article's presslens / bare time. */
    double articleRatio(int i) {
      List<Double> r = new ArrayList<>();
      for (int round = 0; round < presslens.length; round++) {
        r.add(presslens[round][i] / bare[round][i]);
      }
      return Stats.median(r);
    }

    private static double perArticle(double[][] ms) {
      List<Double> perRound = new ArrayList<>();
      for (double[] round : ms) {
        perRound.add(Stats.sum(round) / round.length);
      }
      return Stats.median(perRound);
    }
  }

  /**
   * Times each article with both, alternating which goes first by article and by round ({@code firstRound} is the
   * number of the first round, for callers that measure one round at a time).
   */
  private Side interleave(Pipeline pipeline, StanfordCoreNLP bare, List<Article> articles, int warmup, int rounds,
                          int firstRound) {
    for (int w = 0; w < warmup; w++) {
      for (Article a : articles) {
        pipeline.analyze(a);
        bare.annotate(new Annotation(a.text()));
      }
      log.printf("  warm-up round %d done (load %.1f)%n", w + 1, Machine.load1());
      log.flush();
    }
    int n = articles.size();
    double[][] p = new double[rounds][n];
    double[][] b = new double[rounds][n];
    double[][] nlp = new double[rounds][n];
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        Article a = articles.get(i);
        if ((firstRound + r + i) % 2 == 0) {
          p[r][i] = timePipeline(pipeline, a, nlp[r], i);
          b[r][i] = timeBare(bare, a);
        } else {
          b[r][i] = timeBare(bare, a);
          p[r][i] = timePipeline(pipeline, a, nlp[r], i);
        }
      }
      ratios.add(Stats.sum(p[r]) / Stats.sum(b[r]));
      log.printf("    presslens %.0f ms, bare %.0f ms, ratio %.3f (load %.1f)%n", Stats.sum(p[r]), Stats.sum(b[r]),
          ratios.get(r), Machine.load1());
      log.flush();
    }
    return new Side(p, b, nlp, ratios);
  }

  private static double timePipeline(Pipeline pipeline, Article a, double[] nlpMs, int i) {
    long t = System.nanoTime();
    AnalysisReport report = pipeline.analyze(a);
    double ms = (System.nanoTime() - t) / 1e6;
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException(a.source() + ": " + report.failures());
    }
    nlpMs[i] = report.timingsMs().getOrDefault(Pipeline.NLP, 0L);
    return ms;
  }

  private static double timeBare(StanfordCoreNLP bare, Article a) {
    long t = System.nanoTime();
    bare.annotate(new Annotation(a.text()));
    return (System.nanoTime() - t) / 1e6;
  }

  private void threads(Map<String, Object> part) {
    Pipeline full = all();
    List<Article> batch = s.batch();
    // one untimed pass over the batch on 2 threads: models loaded, and the JIT compilers done, so that their threads
    // do not take CPU from the timed runs
    log.printf("  warm-up pass over the batch (load %.1f)%n", Machine.load1());
    log.flush();
    runBatch(full, batch, 2);
    int[] order = {1, 2, 2, 1};
    Map<Integer, List<Double>> perMinute = new LinkedHashMap<>();
    Map<Integer, List<Double>> coresUsed = new LinkedHashMap<>();
    Map<Integer, List<Double>> cpuMsPerArticle = new LinkedHashMap<>();
    for (int threads : order) {
      double load = Machine.load1();
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      runBatch(full, batch, threads);
      long wall = System.nanoTime() - t0;
      long cpu = processCpuNanos() - cpu0;
      double apm = batch.size() * 60e9 / wall;
      perMinute.computeIfAbsent(threads, k -> new ArrayList<>()).add(apm);
      coresUsed.computeIfAbsent(threads, k -> new ArrayList<>()).add(cpu / (double) wall);
      cpuMsPerArticle.computeIfAbsent(threads, k -> new ArrayList<>()).add(cpu / 1e6 / batch.size());
      log.printf("  %d thread(s): %.1f articles/min, %.2f cores busy (load %.1f)%n", threads, apm,
          cpu / (double) wall, load);
      log.flush();
    }
    double one = Stats.median(perMinute.get(1));
    double two = Stats.median(perMinute.get(2));
    table.add("");
    table.add(String.format(Locale.ROOT, "threads: %d articles, one shared pipeline, runs 1-2-2-1; load %.1f",
        batch.size(), Machine.load1()));
    table.add(String.format(Locale.ROOT, "  1 thread %.1f articles/min (%.2f cores busy), 2 threads %.1f articles/min"
            + " (%.2f cores busy): %.2fx (target >= 1.8x)", one, Stats.median(coresUsed.get(1)), two,
        Stats.median(coresUsed.get(2)), two / one));
    table.add(String.format(Locale.ROOT, "  CPU time of the process per article: 1 thread %.0f ms, 2 threads %.0f ms",
        Stats.median(cpuMsPerArticle.get(1)), Stats.median(cpuMsPerArticle.get(2))));
    part.put("batch", batch.size());
    part.put("articlesPerMinute1", Stats.round(one, 1));
    part.put("articlesPerMinute2", Stats.round(two, 1));
    part.put("speedup", Stats.round(two / one, 3));
    part.put("coresBusy1", Stats.round(Stats.median(coresUsed.get(1)), 2));
    part.put("coresBusy2", Stats.round(Stats.median(coresUsed.get(2)), 2));
    part.put("cpuMsPerArticle1", Stats.round(Stats.median(cpuMsPerArticle.get(1)), 1));
    part.put("cpuMsPerArticle2", Stats.round(Stats.median(cpuMsPerArticle.get(2)), 1));
  }

  private static void runBatch(Pipeline pipeline, List<Article> batch, int threads) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < batch.size()) {
            pipeline.analyze(batch.get(i));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a batch thread failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** {@code name} and the analyzers whose results it requires (transitively), producers first. */
  private List<String> withProducers(AnalyzerRegistry registry, String name) {
    Set<String> out = new LinkedHashSet<>();
    addWithProducers(registry, name, out, new TreeSet<>());
    return new ArrayList<>(out);
  }

  private void addWithProducers(AnalyzerRegistry registry, String name, Set<String> out, Set<String> visiting) {
    if (out.contains(name) || !visiting.add(name)) {
      return;
    }
    AnalyzerProvider<?> provider = registry.lookup(name);
    Config config = Config.parse(name, provider.options(), ownOptions(name));
    provider.requires(config).stream().filter(r -> r instanceof ResultKey<?>).map(r -> ((ResultKey<?>) r).name())
        .sorted().forEach(dep -> addWithProducers(registry, dep, out, visiting));
    out.add(name);
  }

  private Map<String, String> ownOptions(String owner) {
    Map<String, String> m = new LinkedHashMap<>();
    s.options().forEach((k, v) -> {
      if (k.startsWith(owner + ".")) {
        m.put(k.substring(owner.length() + 1), v);
      }
    });
    return m;
  }

  private Map<String, String> nlpOptions() {
    return ownOptions(Pipeline.NLP);
  }

  private Map<String, String> optionsFor(List<String> analyzers) {
    Map<String, String> m = new LinkedHashMap<>();
    s.options().forEach((k, v) -> {
      String owner = k.contains(".") ? k.substring(0, k.indexOf('.')) : "";
      if (owner.equals(Pipeline.NLP) || owner.equals(Pipeline.PIPELINE) || analyzers.contains(owner)) {
        m.put(k, v);
      }
    });
    return m;
  }

  // ---------------------------------------------------------------------------------------------- child JVMs

  private static Map<String, List<String>> childConfigs() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("entities", List.of("--analyzers", "entities"));
    m.put("sentiment (corenlp)", List.of("--analyzers", "sentiment", "-O", "sentiment.model=corenlp"));
    m.put("sentiment (lexicon)", List.of("--analyzers", "sentiment", "-O", "sentiment.model=lexicon"));
    m.put("all", List.of());
    return m;
  }

  private ChildRun child(List<String> config, List<String> extra, List<Path> inputs, String javaOpts) {
    List<String> args = new ArrayList<>(List.of("analyze", "--progress", "none"));
    args.addAll(config);
    args.addAll(extra);
    inputs.forEach(p -> args.add(p.toString()));
    return ChildRun.run(s.launcher(), args, javaOpts, s.childTimeout());
  }

  private void cold(Map<String, Object> part) {
    String opts = launcherDefaultOpts(s.launcher()) + " " + LOG_LOADED_SETS;
    table.add("");
    table.add("cold start: launcher start to first report, one article (" + s.childArticle().getFileName()
        + "), launcher default " + launcherDefaultOpts(s.launcher()) + ", median of " + COLD_ROUNDS
        + " runs each after one untimed run (model jars in the page cache); load " + Machine.load1());
    table.add(String.format(Locale.ROOT, "  %-22s %14s %10s %12s  %s", "run", "first report s", "total s",
        "peak RSS MB", "CoreNLP annotator sets loaded"));
    log.printf("cold start: one untimed run to fill the page cache (load %.1f)%n", Machine.load1());
    log.flush();
    child(CHILD_CONFIGS.get("all"), List.of(), List.of(s.childArticle()), opts);
    Map<String, List<ChildRun>> runs = new LinkedHashMap<>();
    for (int round = 0; round < COLD_ROUNDS; round++) {
      for (Map.Entry<String, List<String>> c : CHILD_CONFIGS.entrySet()) {
        log.printf("cold start: %s (load %.1f)%n", c.getKey(), Machine.load1());
        log.flush();
        runs.computeIfAbsent(c.getKey(), k -> new ArrayList<>())
            .add(child(c.getValue(), List.of(), List.of(s.childArticle()), opts));
      }
    }
    Map<String, Object> rows = new LinkedHashMap<>();
    runs.forEach((name, list) -> {
      double first = Stats.median(list.stream().map(r -> (double) r.firstOutputMs()).toList());
      double total = Stats.median(list.stream().map(r -> (double) r.wallMs()).toList());
      double rss = Stats.median(list.stream().map(r -> (double) r.peakRssMb()).toList());
      boolean ok = list.stream().allMatch(ChildRun::ok);
      List<String> loaded = loadedSets(list.get(0).stderr());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ok", ok);
      row.put("firstReportMs", Math.round(first));
      row.put("totalMs", Math.round(total));
      row.put("peakRssMb", Math.round(rss));
      row.put("firstReportMsRuns", list.stream().map(ChildRun::firstOutputMs).toList());
      row.put("loaded", loaded);
      rows.put(name, row);
      table.add(String.format(Locale.ROOT, "  %-22s %14.1f %10.1f %12.0f  %s%s", name, first / 1e3, total / 1e3, rss,
          loaded.isEmpty() ? "none" : String.join(" | ", loaded), ok ? "" : "  FAILED"));
    });
    part.put("runs", rows);
  }

  /** The JVM options the launcher uses when PRESSLENS_JAVA_OPTS is not set, read from the launcher script. */
  static String launcherDefaultOpts(Path launcher) {
    try {
      Matcher m = LAUNCHER_DEFAULT.matcher(Files.readString(launcher));
      return m.find() ? m.group(1).trim() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static List<String> loadedSets(String stderr) {
    List<String> sets = new ArrayList<>();
    Matcher m = LOADED.matcher(stderr);
    while (m.find()) {
      sets.add(m.group(1));
    }
    return sets;
  }

  /** Returns the recommended default -Xmx in MiB. */
  private Integer memory(Map<String, Object> part) {
    table.add("");
    table.add("memory: " + s.memoryBatch().size() + " articles on 2 threads per child JVM; smallest -Xmx by bisection"
        + " (" + XMX_STEP_MB + " MB steps, " + XMX_LOW_MB + ".." + XMX_HIGH_MB + " MB); load " + Machine.load1());
    table.add(String.format(Locale.ROOT, "  %-22s %22s %18s %22s", "run", "peak RSS MB (default)",
        "smallest -Xmx MB", "peak RSS MB (smallest)"));
    Map<String, Object> rows = new LinkedHashMap<>();
    int worst = 0;
    for (Map.Entry<String, List<String>> c : CHILD_CONFIGS.entrySet()) {
      List<String> extra = List.of("--threads", "2");
      log.printf("memory: %s at the launcher default (load %.1f)%n", c.getKey(), Machine.load1());
      log.flush();
      ChildRun atDefault = child(c.getValue(), extra, s.memoryBatch(), null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("peakRssMbDefault", atDefault.peakRssMb());
      if (!succeeded(atDefault, s.memoryBatch().size())) {
        row.put("error", "fails at the launcher default: exit " + atDefault.exitCode());
        rows.put(c.getKey(), row);
        table.add(String.format(Locale.ROOT, "  %-22s FAILED at the launcher default (exit %d)", c.getKey(),
            atDefault.exitCode()));
        continue;
      }
      int lo = XMX_LOW_MB;
      int hi = XMX_HIGH_MB;
      ChildRun atHi = atDefault;
      ChildRun atLo = child(c.getValue(), extra, s.memoryBatch(), "-Xmx" + lo + "m");
      if (succeeded(atLo, s.memoryBatch().size())) {
        hi = lo;
        atHi = atLo;
      }
      while (hi - lo > XMX_STEP_MB) {
        int mid = (lo + hi) / 2 / 16 * 16;
        log.printf("  -Xmx%dm ... ", mid);
        log.flush();
        ChildRun run = child(c.getValue(), extra, s.memoryBatch(), "-Xmx" + mid + "m");
        boolean ok = succeeded(run, s.memoryBatch().size());
        log.printf("%s (%.0f s)%n", ok ? "ok" : "fails", run.wallMs() / 1e3);
        log.flush();
        if (ok) {
          hi = mid;
          atHi = run;
        } else {
          lo = mid;
        }
      }
      worst = Math.max(worst, hi);
      row.put("smallestXmxMb", hi);
      row.put("peakRssMbSmallest", atHi.peakRssMb());
      rows.put(c.getKey(), row);
      table.add(String.format(Locale.ROOT, "  %-22s %22d %18d %22d", c.getKey(), atDefault.peakRssMb(), hi,
          atHi.peakRssMb()));
    }
    int recommended = recommendXmx(worst);
    part.put("runs", rows);
    part.put("recommendedXmxMb", recommended);
    table.add(String.format(Locale.ROOT, "  recommended launcher default: -Xmx%dm (1.5 x the largest smallest -Xmx,"
        + " rounded up to 512 MB)", recommended));
    return worst == 0 ? null : recommended;
  }

  /** 1.5 times {@code smallestMb}, rounded up to a multiple of 512 MiB. */
  static int recommendXmx(int smallestMb) {
    int withMargin = (int) Math.ceil(smallestMb * 1.5);
    return (withMargin + 511) / 512 * 512;
  }

  /** Exit 0, no OutOfMemoryError, and {@code inputs} reports without failures. */
  private static boolean succeeded(ChildRun run, int inputs) {
    if (!run.ok()) {
      return false;
    }
    String out = run.stdout().strip();
    if (out.isEmpty()) {
      return false;
    }
    List<String> docs = inputs == 1 ? List.of(out) : out.lines().filter(l -> !l.isBlank()).toList();
    if (docs.size() != inputs) {
      return false;
    }
    for (String doc : docs) {
      JsonNode node = PresslensJson.mapper().readTree(doc);
      if (node.has("error") || node.path("failures").size() > 0) {
        return false;
      }
    }
    return true;
  }

  private void longInput(Map<String, Object> part, Integer recommendedXmx) {
    table.add("");
    table.add("long input: one child JVM per article (after the sample article, untimed), launcher default -Xmx,"
        + " all analyzers; load " + Machine.load1());
    table.add(String.format(Locale.ROOT, "  %-30s %8s %10s %12s %10s %12s %8s  %s", "article", "words", "total s",
        "analysis s", "ms/1k w", "peak RSS MB", "capped", "steps (s)"));
    Map<String, Object> rows = new LinkedHashMap<>();
    try {
      Files.createDirectories(s.workDir());
      List<Integer> words = new ArrayList<>(s.longWords());
      for (int w : words) {
        Path file = s.workDir().resolve("long-" + w + ".txt");
        Files.writeString(file, Corpus.longArticle(s.longSources(), w));
        rows.put(w + " words", longRun(file, Corpus.wordCount(Files.readString(file)), "long " + w + " words", null));
      }
      if (s.runOnTokens() > 0) {
        Path file = s.workDir().resolve("run-on-" + s.runOnTokens() + ".txt");
        Files.writeString(file, Corpus.runOnSentence(s.runOnTokens()));
        rows.put("run-on " + s.runOnTokens(), longRun(file, s.runOnTokens(),
            "unpunctuated " + s.runOnTokens() + " tokens", null));
      }
      if (recommendedXmx != null && !words.isEmpty()) {
        int w = words.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Path file = s.workDir().resolve("long-" + w + ".txt");
        rows.put(w + " words at -Xmx" + recommendedXmx + "m", longRun(file,
            Corpus.wordCount(Files.readString(file)), "long " + w + " at -Xmx" + recommendedXmx + "m",
            "-Xmx" + recommendedXmx + "m"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    part.put("runs", rows);
  }

  private Map<String, Object> longRun(Path file, int words, String label, String javaOpts) throws IOException {
    Path out = s.workDir().resolve(file.getFileName() + ".reports.jsonl");
    Files.deleteIfExists(out);
    log.printf("long input: %s (load %.1f)%n", label, Machine.load1());
    log.flush();
    // the sample article first, so that the long one runs on loaded models and compiled code
    ChildRun run = ChildRun.run(s.launcher(), List.of("analyze", "--progress", "none", "--threads", "1",
        "--format", "jsonl", "--out", out.toString(), s.childArticle().toString(), file.toString()), javaOpts,
        s.childTimeout());
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("words", words);
    row.put("ok", run.ok());
    row.put("totalMs", run.wallMs());
    row.put("peakRssMb", run.peakRssMb());
    List<String> lines = Files.isRegularFile(out) ? Files.readAllLines(out) : List.of();
    if (!run.ok() || lines.size() != 2) {
      row.put("error", "exit " + run.exitCode() + ": " + lastLine(run.stderr()));
      table.add(String.format(Locale.ROOT, "  %-30s %8d FAILED exit %d after %.0f s, peak RSS %d MB: %s", label, words,
          run.exitCode(), run.wallMs() / 1e3, run.peakRssMb(), lastLine(run.stderr())));
      return row;
    }
    JsonNode report = PresslensJson.mapper().readTree(lines.get(1));
    Map<String, Long> steps = new LinkedHashMap<>();
    long analysis = 0;
    for (Map.Entry<String, JsonNode> e : report.path("timingsMs").properties()) {
      steps.put(e.getKey(), e.getValue().asLong());
      analysis += e.getValue().asLong();
    }
    int capped = 0;
    int sentences = 0;
    for (JsonNode sentence : report.path("results").path("sentiment").path("sentences")) {
      sentences++;
      if (sentence.path("capped").asBoolean(false)) {
        capped++;
      }
    }
    row.put("analysisMs", analysis);
    row.put("msPer1kWords", Stats.round(analysis * 1000.0 / words, 1));
    row.put("stepsMs", steps);
    row.put("sentences", sentences);
    row.put("cappedSentences", capped);
    row.put("failures", report.path("failures").size());
    StringBuilder stepText = new StringBuilder();
    steps.forEach((k, v) -> stepText.append(stepText.isEmpty() ? "" : ", ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%.1f", v / 1e3)));
    table.add(String.format(Locale.ROOT, "  %-30s %8d %10.1f %12.1f %10.1f %12d %8s  %s%s", label, words,
        run.wallMs() / 1e3, analysis / 1e3, analysis * 1000.0 / words, run.peakRssMb(), capped + "/" + sentences,
        stepText, report.path("failures").size() > 0 ? "  failures: " + report.path("failures") : ""));
    Files.deleteIfExists(out);
    return row;
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }

  private void note(String line) {
    log.println(line);
    log.flush();
  }
}
