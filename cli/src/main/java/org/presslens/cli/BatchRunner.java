package org.presslens.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Processes inputs on a fixed number of threads and hands the outcomes to a consumer in input order. At most a few
 * outcomes per thread are held at once, so a batch of any size runs in bounded memory.
 */
final class BatchRunner {
  private final int threads;

  BatchRunner(int threads) {
    this.threads = Math.max(1, threads);
  }

  void run(List<Input> inputs, Function<Input, Outcome> process, Consumer<Outcome> sink) {
    if (threads == 1) {
      inputs.forEach(i -> sink.accept(safely(process, i)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "presslens-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Outcome>> window = new ArrayDeque<>();
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < threads * 4) {
          Input input = inputs.get(next++);
          window.add(pool.submit(() -> safely(process, input)));
        }
        sink.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome safely(Function<Input, Outcome> process, Input input) {
    try {
      return process.apply(input);
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(input, input.name() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
