package org.presslens.pipeline;

import com.google.common.base.Stopwatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.AnalyzerInfo;
import org.presslens.report.Failure;
import org.presslens.spi.ResultKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis of one article by a frozen pipeline: which analyzers can run (language, requirements), the NLP
 * engines they need, once each and in order, then the analyzers. Not shared between articles.
 */
final class ArticleRun {

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final List<Stage> stages;
  private final EnginePlan engines;
  private final Map<String, AnalyzerInfo> analyzers;
  private final Map<String, Map<String, Object>> articleValues;
  private final ModelLoading loading;
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private final Map<String, String> failed = new HashMap<>();

  ArticleRun(List<Stage> stages, EnginePlan engines, Map<String, AnalyzerInfo> analyzers,
             Map<String, Map<String, Object>> articleValues, ModelLoading loading) {
    this.stages = stages;
    this.loading = loading;
    this.engines = engines;
    this.analyzers = analyzers;
    this.articleValues = articleValues;
  }

  /**
   * Loads every engine's models and creates every analyzer (in parallel), then runs every engine of the plan once on
   * a one-sentence English article, ignoring failures.
   */
  void warmUp() {
    loading.ensureLoaded(engines.requests(engines.layers()), stages);
    Article warmUp = Article.builder().source("warm-up").language("en")
        .paragraph("The models of presslens are loaded before the clock starts.").build();
    NlpDocument doc = NlpDocument.EMPTY;
    for (Map.Entry<NlpEngine, Set<NlpLayer<?>>> e : engines.requests(engines.layers()).entrySet()) {
      try {
        doc = doc.plus(e.getKey().annotate(warmUp, doc, e.getValue()));
      } catch (RuntimeException ex) {
        // reported as the NLP engine's failure on each article
      }
    }
  }

  AnalysisReport analyze(Article article, TimeLimiter.Deadline deadline) {
    List<Stage> runnable = new ArrayList<>();
    Set<NlpLayer<?>> needed = new LinkedHashSet<>();
    for (Stage stage : stages) {
      // stages are in requirement order: a producer skipped here is already in 'failed'
      String gatedRequirement = stage.requiredResults().stream().map(ResultKey::name).filter(failed::containsKey)
          .sorted().findFirst().orElse(null);
      Optional<NlpEngine> foreign = engines.notHandling(stage.layers(), article.language());
      if (!stage.handles(article.language())) {
        fail(stage.name(), "analyzer '" + stage.name() + "' handles " + new TreeSet<>(stage.provider.languages())
            + " only; the article's language is '" + article.language() + "'", Failure.Kind.LANGUAGE);
      } else if (gatedRequirement != null) {
        // skipped before the NLP engines run, so that its layers are not computed for nothing
        fail(stage.name(), "not run: the result of '" + gatedRequirement + "' it requires is missing",
            Failure.Kind.MISSING_REQUIREMENT);
      } else if (foreign.isPresent()) {
        fail(stage.name(), "not run: the NLP engine '" + foreign.get().name() + "' it needs handles "
            + new TreeSet<>(foreign.get().languages()) + " only; the article's language is '" + article.language()
            + "'", Failure.Kind.LANGUAGE);
      } else {
        runnable.add(stage);
        needed.addAll(stage.layers());
      }
    }
    Map<NlpEngine, Set<NlpLayer<?>>> requests = needed.isEmpty() ? Map.of() : engines.requests(needed);
    loading.ensureLoaded(requests, runnable);
    Map<NlpLayer<?>, String> lost = new HashMap<>();
    NlpDocument nlp = annotate(article, requests, deadline, lost);
    for (Stage stage : runnable) {
      runStage(stage, article, nlp, lost, deadline);
    }
    return new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, results, failures, analyzers, timings);
  }

  /** Runs each engine of {@code requests} (the needed layers' producers), once, in order; notes in {@code lost} the layers of failed ones. */
  private NlpDocument annotate(Article article, Map<NlpEngine, Set<NlpLayer<?>>> requests,
                               TimeLimiter.Deadline deadline, Map<NlpLayer<?>, String> lost) {
    NlpDocument nlp = NlpDocument.EMPTY;
    if (requests.isEmpty()) {
      return nlp;
    }
    enter(deadline, Pipeline.NLP);
    Stopwatch sw = Stopwatch.createStarted();
    for (Map.Entry<NlpEngine, Set<NlpLayer<?>>> request : requests.entrySet()) {
      NlpEngine engine = request.getKey();
      Optional<NlpLayer<?>> missingInput = engine.consumes().stream().filter(lost::containsKey).findFirst();
      if (missingInput.isPresent()) {
        request.getValue().forEach(l -> lost.put(l, lost.get(missingInput.get())));
        continue;
      }
      try {
        NlpDocument added = engine.annotate(article, nlp, request.getValue());
        Set<NlpLayer<?>> missing = new TreeSet<>(NlpLayer.BY_ID);
        missing.addAll(request.getValue());
        missing.removeAll(added.layers());
        if (!missing.isEmpty()) {
          throw new IllegalStateException("the NLP engine '" + engine.name() + "' did not compute " + missing);
        }
        nlp = nlp.plus(added);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new Failure(Pipeline.NLP, "engine '" + engine.name() + "': " + describe(e),
            Failure.Kind.NLP_FAILURE));
        request.getValue().forEach(l -> lost.put(l, engine.name()));
        LOG.warn("the NLP engine '{}' failed on {}", engine.name(), article.source(), e);
      }
    }
    timings.put(Pipeline.NLP, sw.elapsed(TimeUnit.MILLISECONDS));
    return nlp;
  }

  private void runStage(Stage stage, Article article, NlpDocument nlp, Map<NlpLayer<?>, String> lost,
                        TimeLimiter.Deadline deadline) {
    String blocker = stage.layers().stream().filter(lost::containsKey).map(lost::get).sorted().findFirst()
        .map(engine -> "not run: the NLP engine '" + engine + "' failed").orElse(null);
    Failure.Kind kind = Failure.Kind.NLP_FAILURE;
    for (ResultKey<?> key : stage.requiredResults()) {
      if (blocker == null && failed.containsKey(key.name())) {
        blocker = "not run: the result of '" + key.name() + "' it requires is missing";
        kind = Failure.Kind.MISSING_REQUIREMENT;
      }
    }
    if (blocker != null) {
      fail(stage.name(), blocker, kind);
      return;
    }
    enter(deadline, stage.name());
    StageContext context = new StageContext(article, nlp, results, stage,
        articleValues.getOrDefault(stage.name(), Map.of()));
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

  private void fail(String stage, String error, Failure.Kind kind) {
    failures.add(new Failure(stage, error, kind));
    failed.put(stage, error);
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
}
