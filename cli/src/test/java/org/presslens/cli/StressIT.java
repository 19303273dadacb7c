package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/**
 * Shared pipelines (every analyzer, real CoreNLP) used by several threads at once from their very first call, so that
 * the lazy creation of analyzers and CoreNLP pipelines (and model loading, when this test runs first) races too: a
 * bounded number of articles (4 threads x 12), a timeout against deadlocks, no exception, no failure, and the same
 * report for the same article whichever thread made it. Two of the threads share a pipeline with a (generous) time
 * limit, which runs each article on a worker thread.
 */
class StressIT {

  private static final int THREADS = 4;
  private static final int PER_THREAD = 12;

  @Test
  void sharedPipelinesServeFourThreadsWithoutErrorOrDeadlock() throws Exception {
    List<Path> fifty = DeterminismIT.fiftyArticles();
    List<Article> articles = new ArrayList<>();
    for (int i = 3; i < fifty.size(); i += 7) {
      articles.add(ArticleReaders.read(fifty.get(i)));
    }
    assertThat(articles).hasSize(7);
    Pipeline plain = Pipeline.builder().build();
    Pipeline limited = Pipeline.builder().timeLimit(Duration.ofMinutes(10)).build();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<List<AnalysisReport>>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Pipeline pipeline = t % 2 == 0 ? plain : limited;
        tasks.add(() -> {
          start.await(1, TimeUnit.MINUTES);
          List<AnalysisReport> reports = new ArrayList<>();
          for (int i = 0; i < PER_THREAD; i++) {
            reports.add(pipeline.analyze(articles.get((thread * 3 + i) % articles.size())));
          }
          return reports;
        });
      }
      List<Future<List<AnalysisReport>>> futures = assertTimeoutPreemptively(Duration.ofMinutes(8),
          () -> pool.invokeAll(tasks));

      AnalysisReport[] byArticle = new AnalysisReport[articles.size()];
      int count = 0;
      for (int t = 0; t < THREADS; t++) {
        List<AnalysisReport> reports = futures.get(t).get();
        for (int i = 0; i < PER_THREAD; i++) {
          int a = (t * 3 + i) % articles.size();
          AnalysisReport r = reports.get(i).withoutTimings();
          assertThat(r.failures()).as(articles.get(a).source()).isEmpty();
          assertThat(r.results().keySet()).containsExactlyElementsOf(plain.analyzerNames());
          if (byArticle[a] == null) {
            byArticle[a] = r;
          } else {
            assertThat(r).as("same article, other thread: " + articles.get(a).source()).isEqualTo(byArticle[a]);
          }
          count++;
        }
      }
      assertThat(count).isEqualTo(THREADS * PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }
}
