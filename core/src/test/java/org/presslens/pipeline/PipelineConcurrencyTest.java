package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.MentionListProvider;
import org.presslens.testing.TestArticles;
import org.presslens.testing.TokenCountProvider;
import org.presslens.testing.TokenCountProvider.TokenCount;

/** One pipeline shared by 8 threads: each analyzer is created lazily, exactly once; reports are unaffected. */
class PipelineConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ARTICLES_PER_THREAD = 5;

  private final AtomicInteger arrived = new AtomicInteger();

  /**
   * Widens the race window without sleeping: the first create() spins until every thread has entered analyze(),
   * so a pipeline without proper once-only creation lets several threads into create(). Bounded by a deadline.
   */
  private void waitForAllThreads() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (arrived.get() < THREADS && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  private List<FakeAnalyzerProvider<?>> providers(boolean spin) {
    Runnable hook = spin ? this::waitForAllThreads : () -> { };
    return List.of(
        FakeAnalyzerProvider.builder("count", TokenCount.class).requires(NlpLayer.TOKENS).onCreate(hook)
            .analyze(ctx -> new TokenCount(
                ctx.nlp().sentences().stream().mapToInt(s -> s.tokens().size()).sum(), ctx.nlp().sentences().size(),
                List.of()))
            .build(),
        FakeAnalyzerProvider.builder("ratio", Double.class).requires(org.presslens.spi.ResultKey.of("count",
                TokenCount.class)).anyLanguage().onCreate(hook)
            .analyze(ctx -> {
              TokenCount c = ctx.result(org.presslens.spi.ResultKey.of("count", TokenCount.class));
              return c.sentences() == 0 ? 0.0 : (double) c.tokens() / c.sentences();
            })
            .build(),
        FakeAnalyzerProvider.builder("people", Long.class).requires(NlpLayer.NER).onCreate(hook)
            .analyze(ctx -> ctx.nlp().mentions().stream().filter(m -> m.type().equals("PERSON")).count())
            .build());
  }

  private static Pipeline pipeline(List<FakeAnalyzerProvider<?>> providers, FakeNlpEngine engine) {
    return Pipeline.builder().registry(AnalyzerRegistry.of(providers.toArray(new AnalyzerProvider<?>[0])))
        .nlpEngine(engine).build();
  }

  @RepeatedTest(5)
  void analyzersAreCreatedOnceWhenEightThreadsStartTogether() throws Exception {
    List<FakeAnalyzerProvider<?>> providers = providers(true);
    FakeNlpEngine engine = new FakeNlpEngine();
    Pipeline pipeline = pipeline(providers, engine);
    assertThat(providers).allSatisfy(p -> assertThat(p.createCount()).isZero());

    List<Article> articles = List.of(TestArticles.english(), TestArticles.minimal(), TestArticles.withRepair(),
        TestArticles.unicode());
    Pipeline reference = pipeline(providers(false), new FakeNlpEngine());
    List<AnalysisReport> expected = articles.stream().map(a -> reference.analyze(a).withoutTimings()).toList();

    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<AnalysisReport>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          arrived.incrementAndGet();
          List<AnalysisReport> reports = new ArrayList<>();
          for (int i = 0; i < ARTICLES_PER_THREAD; i++) {
            reports.add(pipeline.analyze(articles.get((offset + i) % articles.size())));
          }
          return reports;
        }));
      }
      for (int t = 0; t < THREADS; t++) {
        List<AnalysisReport> reports = futures.get(t).get(60, TimeUnit.SECONDS);
        for (int i = 0; i < ARTICLES_PER_THREAD; i++) {
          assertThat(reports.get(i).withoutTimings()).isEqualTo(expected.get((t + i) % articles.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }

    int total = THREADS * ARTICLES_PER_THREAD;
    assertThat(providers).allSatisfy(p -> {
      assertThat(p.createCount()).as(p.name()).isEqualTo(1);
      assertThat(p.analyzeCount()).as(p.name()).isEqualTo(total);
    });
    assertThat(engine.annotateCount()).isEqualTo(total);
  }

  @RepeatedTest(3)
  void sharedTestProvidersAreAlsoCreatedOnce() throws Exception {
    TokenCountProvider tokens = new TokenCountProvider();
    MentionListProvider mentions = new MentionListProvider();
    Pipeline pipeline = Pipeline.builder().registry(AnalyzerRegistry.of(tokens, mentions))
        .nlpEngine(new FakeNlpEngine()).build();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<AnalysisReport>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          return pipeline.analyze(TestArticles.english());
        }));
      }
      for (Future<AnalysisReport> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS).results()).containsOnlyKeys("token-count", "mentions");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokens.createCount()).isEqualTo(1);
    assertThat(mentions.createCount()).isEqualTo(1);
  }
}
