package org.presslens.pipeline;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.presslens.model.Article;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.AnalyzerInfo;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;

/**
 * A frozen analysis pipeline: the selected analyzers in an order that satisfies their requirements, and the NLP
 * engines that compute, once per article each, the layers they need (one engine chosen per layer, in an order that
 * satisfies what the engines consume). Immutable and safe to share between threads; build one with
 * {@link #builder()}.
 *
 * <p>Options of the pipeline itself are given as {@code pipeline.<key>} (see {@link #options()}); the prefixes
 * {@code pipeline} and {@code nlp} are reserved.
 */
public final class Pipeline {

  /** The name under which failures and timings of the NLP engines are reported. */
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

  /**
   * The NLP engines to choose from, by name, when several on the class path produce a layer the analyzers need;
   * empty, the default, means all of them. Given as {@value #NLP_ENGINES_OPTION}.
   */
  public static final ConfigOption<List<String>> NLP_ENGINES = ConfigOption.stringList("nlpEngines", List.of(),
      "the NLP engines to use, by name, when several produce the same layer (default: all on the class path)");

  /** The full key of {@link #NLP_ENGINES}. */
  public static final String NLP_ENGINES_OPTION = PIPELINE + ".nlpEngines";

  private static final List<ConfigOption<?>> OPTIONS = List.of(TIME_LIMIT_SECONDS, NLP_ENGINES);

  private final List<Stage> stages;
  private final EnginePlan engines;
  private final TimeLimiter timeLimiter;
  private final Supplier<Boolean> modelsLoaded = Suppliers.memoize(this::loadModels);
  private final ModelLoading loading = new ModelLoading();
  private final Map<String, AnalyzerInfo> analyzers;

  private Pipeline(Planner.Plan plan) {
    this.stages = List.copyOf(plan.stages());
    Map<String, AnalyzerInfo> info = new LinkedHashMap<>();
    stages.forEach(s -> info.put(s.name(), new AnalyzerInfo(s.provider.version(), s.config.asMap(),
        plan.requiredBy().getOrDefault(s.name(), List.of()))));
    this.analyzers = Collections.unmodifiableMap(info);
    this.engines = plan.engines();
    this.timeLimiter = plan.timeLimit() == null ? null : new TimeLimiter(plan.timeLimit());
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

  /**
   * The NLP layers the engines compute for an article whose language all of them handle (all analyzers
   * handling it), with what the engines consume; sorted by id.
   */
  public Set<NlpLayer<?>> nlpLayers() {
    return Collections.unmodifiableSet(engines.layers());
  }

  /** The names of the NLP engines this pipeline loads, in run order; empty when no analyzer needs a layer. */
  public List<String> nlpEngines() {
    return engines.engines().stream().map(NlpEngine::name).toList();
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

  /** Analyzes one article with the pipeline's configuration: {@link #analyze(Article, ArticleInputs)} with none. */
  public AnalysisReport analyze(Article article) {
    return analyze(article, ArticleInputs.NONE);
  }

  /**
   * Analyzes one article: each NLP engine it needs once, in order, then every analyzer in order, each seeing
   * {@code inputs} for its per-article options. An analyzer that throws, or cannot run because an NLP engine or a
   * result it needs failed, or because it or an engine it needs does not handle the article's language, becomes an
   * entry of {@link AnalysisReport#failures()}; the others still run.
   *
   * <p>With a {@linkplain #timeLimit() time limit} the analysis runs on a worker thread and the caller waits at most
   * that long: past it the work is interrupted (the NLP engines and the pipeline stop at their next check) and this
   * method throws {@link TimeLimitExceededException}. The pipeline stays usable. Loading models is not counted: the
   * first call creates every analyzer and loads every engine's models, in parallel, and runs each NLP engine once on a
   * one-sentence article before its clock starts. Without a time limit, the first article that needs an engine or an
   * analyzer loads it; when it needs several not loaded yet, they load in parallel, each on its own thread.
   *
   * @throws IllegalArgumentException when {@code inputs} names an analyzer not in this pipeline or an option that
   *     is not one of its per-article options, or gives a bad value (naming the key)
   * @throws TimeLimitExceededException when the article took longer than the time limit
   */
  public AnalysisReport analyze(Article article, ArticleInputs inputs) {
    Map<String, Map<String, Object>> perArticle = articleValues(inputs);
    if (timeLimiter == null) {
      return new ArticleRun(stages, engines, analyzers, perArticle, loading).analyze(article, null);
    }
    modelsLoaded.get();
    return timeLimiter.run(article.source(),
        deadline -> new ArticleRun(stages, engines, analyzers, perArticle, loading).analyze(article, deadline));
  }

  private Map<String, Map<String, Object>> articleValues(ArticleInputs inputs) {
    Map<String, Map<String, Object>> raw = new LinkedHashMap<>();
    inputs.asMap().forEach((key, value) -> {
      int dot = key.indexOf('.');
      String owner = dot > 0 ? key.substring(0, dot) : "";
      if (!analyzers.containsKey(owner)) {
        throw new IllegalArgumentException("per-article input '" + key + "' names no analyzer of this pipeline;"
            + " inputs are given as <analyzer>.<key>, and the analyzers are " + analyzers.keySet());
      }
      raw.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(key.substring(dot + 1), value);
    });
    Map<String, Map<String, Object>> parsed = new LinkedHashMap<>();
    for (Stage stage : stages) {
      parsed.put(stage.name(), stage.articleValues(raw.getOrDefault(stage.name(), Map.of())));
    }
    return parsed;
  }

  /** Creates every analyzer and loads each engine's models for its layers; problems surface on real articles. */
  private Boolean loadModels() {
    new ArticleRun(stages, engines, analyzers, Map.of(), loading).warmUp();
    return Boolean.TRUE;
  }

  /**
   * Configures a pipeline, then {@link #build()} validates everything and freezes it. Options are given as
   * {@code <analyzer>.<key>}, {@code nlp.<key>} (an NLP engine's) or {@code pipeline.<key>}.
   */
  public static final class Builder {
    private AnalyzerRegistry registry;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Object> options = new LinkedHashMap<>();
    private final List<NlpEngine> engines = new ArrayList<>();
    private ClassLoader loader;
    private boolean checkHeap = true;

    private Builder() {
    }

    /** Where analyzers are looked up; default {@link AnalyzerRegistry#discover(ClassLoader)}. */
    public Builder registry(AnalyzerRegistry registry) {
      this.registry = registry;
      return this;
    }

    /** The class loader for discovery of analyzers and NLP engines; default the context class loader. */
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

    /**
     * Sets option {@code key} ({@code analyzer.key}, {@code nlp.key} or {@code pipeline.key}) to a string or a list
     * of strings.
     */
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

    /**
     * Adds an NLP engine to choose from; once one is given, the engines on the class path are not looked up (and
     * {@code nlp.*} options cannot be given). May be called several times, for several engines.
     */
    public Builder nlpEngine(NlpEngine engine) {
      engines.add(engine);
      return this;
    }

    /**
     * Validates and freezes the pipeline. Engines are created (cheap) to read what they produce and consume; models
     * are loaded later, on first use, and only for the engines chosen.
     *
     * @throws IllegalArgumentException for an unknown analyzer or option, a bad option value, an unmet requirement,
     *     a requirement cycle (naming the analyzer and the key), a layer no NLP engine produces or several do
     *     (naming the layer and the engines with what each produces)
     * @throws IllegalStateException when the JVM's maximum heap is smaller than the chosen engines need for their
     *     layers (before any model is loaded; see {@link NlpEngine#requiredHeapBytes})
     */
    public Pipeline build() {
      ClassLoader cl = loader != null ? loader : contextLoader();
      AnalyzerRegistry reg = registry != null ? registry : AnalyzerRegistry.discover(cl);
      return new Pipeline(Planner.plan(reg, names, options, engines, cl, checkHeap));
    }

    private static ClassLoader contextLoader() {
      ClassLoader cl = Thread.currentThread().getContextClassLoader();
      return cl != null ? cl : Pipeline.class.getClassLoader();
    }
  }
}
