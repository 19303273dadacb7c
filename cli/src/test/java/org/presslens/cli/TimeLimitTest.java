package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.pipeline.TimeLimitExceededException;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.ConfigException;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TestArticles;

/**
 * The per-article time limit ({@code Pipeline.Builder#timeLimit}, option {@code pipeline.timeLimitSeconds}) with fake
 * analyzers: an article over it throws {@link TimeLimitExceededException} naming the limit and the step, the work
 * stops, and the pipeline goes on with the next article. No CoreNLP here; {@code TimeLimitIT} runs the real one.
 */
class TimeLimitTest {

  /** Articles whose text contains "slow" make the analyzer wait until it is interrupted (bounded: 60 s). */
  private static FakeAnalyzerProvider<Integer> slowOnDemand(AtomicBoolean interrupted, CountDownLatch stopped) {
    return FakeAnalyzerProvider.builder("slow", Integer.class).requires(NlpLayer.TOKENS).analyze(ctx -> {
      if (!ctx.article().text().contains("slow")) {
        return ctx.nlp().sentences().size();
      }
      try {
        Thread.sleep(60_000);
        return -1;
      } catch (InterruptedException e) {
        interrupted.set(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } finally {
        stopped.countDown();
      }
    }).build();
  }

  private static Pipeline pipeline(AnalyzerProvider<?> provider, Duration limit) {
    return Pipeline.builder().registry(AnalyzerRegistry.of(provider)).nlpEngine(new FakeNlpEngine())
        .timeLimit(limit).build();
  }

  private static Article slowArticle() {
    return Article.builder().source("slow.txt").language("en").paragraph("A slow article about the council.")
        .build();
  }

  @Test
  void anArticleOverTheLimitThrowsAndTheWorkIsInterrupted() throws InterruptedException {
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    Pipeline pipeline = pipeline(slowOnDemand(interrupted, stopped), Duration.ofMillis(300));
    assertThat(pipeline.timeLimit()).contains(Duration.ofMillis(300));

    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> pipeline.analyze(slowArticle()))
        .isInstanceOf(TimeLimitExceededException.class)
        .hasMessage("analysis stopped at the time limit of 0.300 s (pipeline.timeLimitSeconds), in step 'slow'"));
    assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(interrupted).isTrue();

    AnalysisReport next = pipeline.analyze(TestArticles.english());
    assertThat(next.failures()).isEmpty();
    assertThat(next.results()).containsKey("slow");
  }

  @Test
  void workThatSwallowsInterruptsIsInterruptedAgainUntilItReturns() {
    AtomicInteger swallowed = new AtomicInteger();
    FakeAnalyzerProvider<Integer> stubborn = FakeAnalyzerProvider.builder("stubborn", Integer.class).analyze(ctx -> {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < end) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          // like a CoreNLP annotator that falls back on an interrupt and carries on, but stops after three
          if (swallowed.incrementAndGet() == 3) {
            return 3;
          }
        }
      }
      return 0;
    }).build();
    Pipeline pipeline = pipeline(stubborn, Duration.ofMillis(200));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> pipeline.analyze(slowArticle()))
        .isInstanceOf(TimeLimitExceededException.class).hasMessageContaining("in step 'stubborn'"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (swallowed.get() < 3 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(swallowed.get()).isEqualTo(3);
  }

  @Test
  void theLimitIsAPipelineOptionWithTheDefaultNone() {
    FakeAnalyzerProvider<Integer> quick = slowOnDemand(new AtomicBoolean(), new CountDownLatch(1));
    Pipeline none = Pipeline.builder().registry(AnalyzerRegistry.of(quick)).nlpEngine(new FakeNlpEngine()).build();
    assertThat(none.timeLimit()).isEmpty();
    Pipeline viaOption = Pipeline.builder().registry(AnalyzerRegistry.of(quick)).nlpEngine(new FakeNlpEngine())
        .option(Pipeline.TIME_LIMIT_OPTION, "2.5").build();
    assertThat(viaOption.timeLimit()).contains(Duration.ofMillis(2500));
    assertThat(viaOption.analyze(TestArticles.english()).failures()).isEmpty();

    assertThatThrownBy(() -> Pipeline.builder().registry(AnalyzerRegistry.of(quick)).nlpEngine(new FakeNlpEngine())
        .option("pipeline.timeLimitSeconds", "soon").build())
        .isInstanceOf(ConfigException.class).hasMessageContaining("timeLimitSeconds").hasMessageContaining("number");
    assertThatThrownBy(() -> Pipeline.builder().registry(AnalyzerRegistry.of(quick)).nlpEngine(new FakeNlpEngine())
        .option("pipeline.timeLimit", "5").build())
        .isInstanceOf(ConfigException.class).hasMessageContaining("'pipeline.timeLimitSeconds'");
    assertThatThrownBy(() -> Pipeline.builder().timeLimit(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCliRejectsABadLimitAsAUsageError() {
    CliRun run = CliRun.of("analyze", "-O", "pipeline.timeLimitSeconds=-3",
        SharedData.repositoryRoot().resolve("samples/news-brief.txt").toString());
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("timeLimitSeconds");
  }
}
