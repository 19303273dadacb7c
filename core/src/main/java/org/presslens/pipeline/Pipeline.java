package org.presslens.pipeline;

import com.google.common.base.Stopwatch;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.AnalyzerInfo;
import org.presslens.report.Failure;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ResultKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A frozen analysis pipeline: the selected analyzers in an order that satisfies their requirements, and the NLP
 * engine that computes, once per article, the union of the NLP layers they need. Immutable and safe to share
 * between threads; build one with {@link #builder()}.
 *
 * <p>Options of the pipeline itself are given as {@code pipeline.<key>} (see {@link #options()}); the prefixes
 * {@code pipeline} and {@code nlp} are reserved.
 */
public final class Pipeline {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  /** The name under which failures and timings of the shared NLP layer are reported. */
  public static final String NLP = "nlp";

  /** The owner of the pipeline's own options ({@code pipeline.<key>}). */
  public static final String PIPELINE = "pipeline";

  /**
   * The per-article time limit in seconds (decimals allowed); 0, the default, means none. An article over it makes
   * {@link #analyze} throw {@link TimeLimitExceededException}. Given as {@value #TIME_LIMIT_OPTION}.
   */
  public static final ConfigOption<Double> TIME_LIMIT_SECONDS = ConfigOption.decimal("timeLimitSeconds", 0, 0,
      86_400, "per-article time limit in seconds (0: none); an article over it becomes an error, the batch goes on");

  /** The full key of {@link #TIME_LIMIT_SECONDS}. */
  public static final String TIME_LIMIT_OPTION = PIPELINE + ".timeLimitSeconds";

  private static final List<ConfigOption<?>> OPTIONS = List.of(TIME_LIMIT_SECONDS);

  private final List<Stage> stages;
  private final Set<NlpLayer> layers;
  private final NlpEngine engine;
  private final TimeLimiter timeLimiter;
  private final Supplier<Boolean> modelsLoaded = Suppliers.memoize(this::loadModels);
  private final Map<String, AnalyzerInfo> analyzers;

  private Pipeline(List<Stage> stages, Set<NlpLayer> layers, NlpEngine engine, Duration timeLimit,
                   Map<String, List<String>> requiredBy) {
    this.stages = List.copyOf(stages);
    Map<String, AnalyzerInfo> info = new LinkedHashMap<>();
    stages.forEach(s -> info.put(s.name(), new AnalyzerInfo(s.provider.version(), s.config.asMap(),
        requiredBy.getOrDefault(s.name(), List.of()))));
    this.analyzers = Collections.unmodifiableMap(info);
    this.layers = Collections.unmodifiableSet(EnumSet.copyOf(layers.isEmpty() ? EnumSet.noneOf(NlpLayer.class)
        : layers));
    this.engine = engine;
    this.timeLimiter = timeLimit == null ? null : new TimeLimiter(timeLimit);
  }

  /** The pipeline's own options, given as {@code pipeline.<key>}. */
  public static List<ConfigOption<?>> options() {
    return OPTIONS;
  }

  /** The per-article time limit, if one is set. */
  public Optional<Duration> timeLimit() {
    return Optional.ofNullable(timeLimiter).map(TimeLimiter::limit);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The analyzers' names in execution order. */
  public List<String> analyzerNames() {
    return stages.stream().map(Stage::name).toList();
  }

  /** The NLP layers the engine computes for an article (all analyzers handling its language). */
  public Set<NlpLayer> nlpLayers() {
    return layers;
  }

  /**
   * What each report says about the analyzers, in execution order: version, effective options, and the selected
   * analyzers that required an analyzer added for them.
   */
  public Map<String, AnalyzerInfo> analyzers() {
    return analyzers;
  }

  /** Each analyzer's validated configuration, by name. */
  public Map<String, Config> configs() {
    Map<String, Config> m = new LinkedHashMap<>();
    stages.forEach(s -> m.put(s.name(), s.config));
    return m;
  }

  /**
   * Analyzes one article: one NLP engine call, then every analyzer in order. An analyzer that throws, or cannot
   * run because the NLP layer or a result it needs failed, or does not handle the article's language, becomes an
   * entry of {@link AnalysisReport#failures()}; the others still run.
   *
   * <p>With a {@linkplain #timeLimit() time limit} the analysis runs on a worker thread and the caller waits at most
   * that long: past it the work is interrupted (the NLP engine and the pipeline stop at their next check) and this
   * method throws {@link TimeLimitExceededException}. The pipeline stays usable. Loading models is not counted: the
   * first call creates every analyzer and runs the NLP engine once on a one-sentence article before its clock starts.
   *
   * @throws TimeLimitExceededException when the article took longer than the time limit
   */
  public AnalysisReport analyze(Article article) {
    if (timeLimiter == null) {
      return analyze(article, null);
    }
    modelsLoaded.get();
    return timeLimiter.run(article.source(), deadline -> analyze(article, deadline));
  }

  /** Creates every analyzer and loads the NLP engine's models for all layers; problems surface on real articles. */
  private Boolean loadModels() {
    for (Stage stage : stages) {
      try {
        stage.analyzer();
      } catch (RuntimeException e) {
        // reported as this analyzer's failure on each article
      }
    }
    if (engine != null && !layers.isEmpty()) {
      try {
        engine.annotate(Article.builder().source("warm-up").language("en")
            .paragraph("The models of presslens are loaded before the clock starts.").build(), layers);
      } catch (RuntimeException e) {
        // reported as the NLP layer's failure on each article
      }
    }
    return Boolean.TRUE;
  }

  private AnalysisReport analyze(Article article, TimeLimiter.Deadline deadline) {
    Map<String, Object> results = new LinkedHashMap<>();
    List<Failure> failures = new ArrayList<>();
    Map<String, Long> timings = new LinkedHashMap<>();
    Map<String, String> failed = new HashMap<>();

    List<Stage> runnable = new ArrayList<>();
    EnumSet<NlpLayer> needed = EnumSet.noneOf(NlpLayer.class);
    for (Stage stage : stages) {
      // stages are in requirement order: a producer skipped here is already in 'failed'
      String gatedRequirement = stage.requiredResults().stream().map(ResultKey::name).filter(failed::containsKey)
          .sorted().findFirst().orElse(null);
      if (!stage.handles(article.language())) {
        String error = "analyzer '" + stage.name() + "' handles " + new java.util.TreeSet<>(stage.provider.languages())
            + " only; the article's language is '" + article.language() + "'";
        failures.add(new Failure(stage.name(), error, Failure.Kind.LANGUAGE));
        failed.put(stage.name(), error);
      } else if (gatedRequirement != null) {
        // skipped before the NLP call, so that its layers are not computed for nothing
        String error = "not run: the result of '" + gatedRequirement + "' it requires is missing";
        failures.add(new Failure(stage.name(), error, Failure.Kind.MISSING_REQUIREMENT));
        failed.put(stage.name(), error);
      } else {
        runnable.add(stage);
        stage.layers().forEach(l -> needed.addAll(l.closure()));
      }
    }

    NlpDocument nlp = NlpDocument.EMPTY;
    String nlpError = null;
    if (!needed.isEmpty()) {
      enter(deadline, NLP);
      Stopwatch sw = Stopwatch.createStarted();
      try {
        nlp = engine.annotate(article, needed);
      } catch (RuntimeException | StackOverflowError e) {
        nlpError = describe(e);
        failures.add(new Failure(NLP, nlpError, Failure.Kind.NLP_FAILURE));
        LOG.warn("the shared NLP layer failed on {}", article.source(), e);
      }
      timings.put(NLP, sw.elapsed(TimeUnit.MILLISECONDS));
    }

    for (Stage stage : runnable) {
      String blocker = null;
      Failure.Kind kind = Failure.Kind.NLP_FAILURE;
      if (nlpError != null && !stage.layers().isEmpty()) {
        blocker = "not run: the shared NLP layer failed";
      }
      for (ResultKey<?> key : stage.requiredResults()) {
        if (blocker == null && failed.containsKey(key.name())) {
          blocker = "not run: the result of '" + key.name() + "' it requires is missing";
          kind = Failure.Kind.MISSING_REQUIREMENT;
        }
      }
      if (blocker != null) {
        failures.add(new Failure(stage.name(), blocker, kind));
        failed.put(stage.name(), blocker);
        continue;
      }
      enter(deadline, stage.name());
      StageContext context = new StageContext(article, nlp, results, stage);
      Stopwatch sw = Stopwatch.createStarted();
      try {
        Object result = stage.analyzer().analyze(context);
        if (result == null) {
          throw new IllegalStateException("analyzer returned no result");
        }
        stage.checkWritable(result);
        results.put(stage.name(), result);
      } catch (RuntimeException | StackOverflowError e) {
        String error = describe(e);
        failures.add(new Failure(stage.name(), error, Failure.Kind.THREW));
        failed.put(stage.name(), error);
        LOG.warn("analyzer '{}' failed on {}", stage.name(), article.source(), e);
      }
      timings.put(stage.name(), sw.elapsed(TimeUnit.MILLISECONDS));
    }
    return new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, results, failures, analyzers, timings);
  }

  /** Notes the step about to run under a time limit; stops the work when the limit has passed. */
  private static void enter(TimeLimiter.Deadline deadline, String step) {
    if (deadline != null) {
      deadline.enter(step);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * Configures a pipeline, then {@link #build()} validates everything and freezes it. Options are given as
   * {@code <analyzer>.<key>} or {@code nlp.<key>}.
   */
  public static final class Builder {
    private AnalyzerRegistry registry;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Object> options = new LinkedHashMap<>();
    private NlpEngine engine;
    private ClassLoader loader;
    private boolean checkHeap = true;

    private Builder() {
    }

    /** Where analyzers are looked up; default {@link AnalyzerRegistry#discover(ClassLoader)}. */
    public Builder registry(AnalyzerRegistry registry) {
      this.registry = registry;
      return this;
    }

    /** The class loader for discovery of analyzers and the NLP engine; default the context class loader. */
    public Builder classLoader(ClassLoader loader) {
      this.loader = loader;
      return this;
    }

    /** Selects analyzers by name; none selected means all available. */
    public Builder analyzers(String... analyzerNames) {
      return analyzers(List.of(analyzerNames));
    }

    public Builder analyzers(List<String> analyzerNames) {
      for (String n : analyzerNames) {
        if (!names.contains(n)) {
          names.add(n);
        }
      }
      return this;
    }

    /** Sets option {@code key} ({@code analyzer.key} or {@code nlp.key}) to a string or a list of strings. */
    public Builder option(String key, Object value) {
      options.put(key, value);
      return this;
    }

    public Builder options(Map<String, ?> values) {
      values.forEach(this::option);
      return this;
    }

    /**
     * The per-article time limit; null or zero for none (the default). The same as option
     * {@value Pipeline#TIME_LIMIT_OPTION}; whichever is set last wins.
     */
    public Builder timeLimit(Duration limit) {
      if (limit != null && limit.isNegative()) {
        throw new IllegalArgumentException("the time limit must not be negative, got " + limit);
      }
      options.put(TIME_LIMIT_OPTION, limit == null ? "0" : Double.toString(limit.toNanos() / 1e9));
      return this;
    }

    /**
     * Whether {@link #build()} refuses when this JVM's maximum heap is too small for the NLP models the analyzers
     * need (default true). Switch it off only where the pipeline is built to validate a configuration and never
     * analyzes (a Spark driver, whose executors have their own heap).
     */
    public Builder checkHeap(boolean check) {
      this.checkHeap = check;
      return this;
    }

    /** The NLP engine to use instead of the one discovered on the class path. */
    public Builder nlpEngine(NlpEngine engine) {
      this.engine = engine;
      return this;
    }

    /**
     * Validates and freezes the pipeline.
     *
     * @throws IllegalArgumentException for an unknown analyzer or option, a bad option value, an unmet requirement
     *     or a requirement cycle (naming the analyzer and the key)
     * @throws IllegalStateException when an NLP engine is needed and none, or several, are on the class path, or
     *     when the JVM's maximum heap is smaller than the engine needs for the analyzers' layers (before any model
     *     is loaded; see {@link NlpEngine#requiredHeapBytes})
     */
    public Pipeline build() {
      ClassLoader cl = loader != null ? loader : contextLoader();
      AnalyzerRegistry reg = registry != null ? registry : AnalyzerRegistry.discover(cl);
      List<String> selected = new ArrayList<>(names);
      if (selected.isEmpty()) {
        selected.addAll(reg.names());
        if (selected.isEmpty()) {
          throw new IllegalStateException("no analyzer found on the class path"
              + (reg.problems().isEmpty() ? "" : " (" + String.join("; ", reg.problems()) + ")")
              + "; put an analyzer's jar on the class path");
        }
      }
      Map<String, Map<String, Object>> byOwner = new TreeMap<>();
      for (Map.Entry<String, Object> e : options.entrySet()) {
        int dot = e.getKey().indexOf('.');
        String owner = dot > 0 ? e.getKey().substring(0, dot) : "";
        byOwner.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(e.getKey().substring(dot + 1), e.getValue());
      }
      StagePlan plan = StagePlan.of(reg, selected, byOwner);
      for (Map.Entry<String, Object> e : options.entrySet()) {
        int dot = e.getKey().indexOf('.');
        String owner = dot > 0 ? e.getKey().substring(0, dot) : "";
        if (!owner.equals(NLP) && !owner.equals(PIPELINE) && !plan.names().contains(owner)) {
          throw new IllegalArgumentException("option '" + e.getKey() + "' names no selected analyzer; options are"
              + " given as <analyzer>.<key> or nlp.<key>, and the selected analyzers are " + plan.names());
        }
      }

      Config pipelineConfig = Config.parse(PIPELINE, OPTIONS, byOwner.getOrDefault(PIPELINE, Map.of()));
      double seconds = pipelineConfig.get(TIME_LIMIT_SECONDS);
      Duration limit = seconds > 0 ? Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9))) : null;
      List<Stage> ordered = plan.ordered();

      EnumSet<NlpLayer> layers = EnumSet.noneOf(NlpLayer.class);
      ordered.forEach(s -> s.layers().forEach(l -> layers.addAll(l.closure())));
      NlpEngine nlp = engine;
      Map<String, Object> nlpOptions = byOwner.getOrDefault(NLP, Map.of());
      if (nlp == null && (!layers.isEmpty() || !nlpOptions.isEmpty())) {
        nlp = NlpEngines.create(cl, nlpOptions);
      } else if (nlp != null && !nlpOptions.isEmpty()) {
        throw new IllegalArgumentException("nlp.* options " + nlpOptions.keySet()
            + " cannot be applied to an NLP engine given with nlpEngine(...)");
      }
      if (nlp != null && !nlp.supportedLayers().containsAll(layers)) {
        EnumSet<NlpLayer> missing = EnumSet.copyOf(layers);
        missing.removeAll(nlp.supportedLayers());
        throw new IllegalArgumentException("the NLP engine cannot compute " + missing + " needed by the analyzers");
      }
      if (checkHeap) {
        HeapCheck.require(nlp, layers);
      }
      return new Pipeline(ordered, layers, nlp, limit, plan.requiredBy());
    }

    private static ClassLoader contextLoader() {
      ClassLoader cl = Thread.currentThread().getContextClassLoader();
      return cl != null ? cl : Pipeline.class.getClassLoader();
    }
  }
}
