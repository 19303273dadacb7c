package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.ForwardingNlpEngine;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TokenShapesEngine;

/** Loading the engines' models at once, each once. */
class ModelLoadingTest {

  /** Counts its loads; each load waits (up to a bound) until every engine of the group has started loading. */
  private static final class SlowLoadingEngine extends ForwardingNlpEngine {
    final AtomicInteger loads = new AtomicInteger();
    private final CountDownLatch allStarted;
    volatile boolean sawOthersStart;

    SlowLoadingEngine(NlpEngine delegate, CountDownLatch allStarted) {
      super(delegate);
      this.allStarted = allStarted;
    }

    @Override
    public void load(Set<NlpLayer<?>> layers) {
      loads.incrementAndGet();
      allStarted.countDown();
      try {
        sawOthersStart = allStarted.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void enginesLoadInParallelOnceEach() {
    CountDownLatch started = new CountDownLatch(2);
    SlowLoadingEngine base = new SlowLoadingEngine(new FakeNlpEngine(), started);
    SlowLoadingEngine shapes = new SlowLoadingEngine(new TokenShapesEngine(), started);
    Map<NlpEngine, Set<NlpLayer<?>>> requests = new LinkedHashMap<>();
    requests.put(base, Set.of(NlpLayer.TOKENS));
    requests.put(shapes, Set.of(TokenShapesEngine.SHAPES));
    ModelLoading loading = new ModelLoading();

    loading.ensureLoaded(requests, List.of());
    loading.ensureLoaded(requests, List.of());

    // one after the other, the first load would have waited 10 s for the second to start, and seen it not start
    assertThat(base.sawOthersStart).isTrue();
    assertThat(shapes.sawOthersStart).isTrue();
    assertThat(base.loads).hasValue(1);
    assertThat(shapes.loads).hasValue(1);
  }

  @Test
  void aFailedLoadIsLeftToTheArticleAndOthersStillLoad() {
    AtomicInteger loads = new AtomicInteger();
    NlpEngine failing = new ForwardingNlpEngine(new FakeNlpEngine()) {
      @Override
      public void load(Set<NlpLayer<?>> layers) {
        throw new IllegalStateException("no model");
      }
    };
    NlpEngine counting = new ForwardingNlpEngine(new TokenShapesEngine()) {
      @Override
      public void load(Set<NlpLayer<?>> layers) {
        loads.incrementAndGet();
      }
    };
    Map<NlpEngine, Set<NlpLayer<?>>> requests = new LinkedHashMap<>();
    requests.put(failing, Set.of(NlpLayer.TOKENS));
    requests.put(counting, Set.of(TokenShapesEngine.SHAPES));

    new ModelLoading().ensureLoaded(requests, List.of());

    assertThat(loads).hasValue(1);
  }

  @Test
  void otherLayersOfTheSameEngineAreALoadOfTheirOwn() {
    AtomicInteger loads = new AtomicInteger();
    NlpEngine engine = new ForwardingNlpEngine(new FakeNlpEngine()) {
      @Override
      public void load(Set<NlpLayer<?>> layers) {
        loads.incrementAndGet();
      }
    };
    ModelLoading loading = new ModelLoading();
    loading.ensureLoaded(Map.of(engine, Set.of(NlpLayer.TOKENS)), List.of());
    loading.ensureLoaded(Map.of(engine, Set.of(NlpLayer.TOKENS)), List.of());
    loading.ensureLoaded(Map.of(engine, Set.of(NlpLayer.NER)), List.of());
    assertThat(loads).hasValue(2);
  }
}
