package org.presslens.pipeline;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one unit of work under a time limit: on a worker thread (a shared daemon pool; the caller's context class
 * loader carried over), with the caller waiting at most the limit. Past it, the work's {@link Deadline} expires, the
 * worker is interrupted every {@value #INTERRUPT_EVERY_MS} ms until the work returns (some CoreNLP annotators swallow
 * a single interrupt and carry on), and the caller gets {@link TimeLimitExceededException} naming the step that was
 * running. Immutable and thread-safe.
 */
final class TimeLimiter {

  /** How long a timed-out work is given, after its first interrupt, to stop before the caller moves on. */
  private static final long STOP_GRACE_MS = 1_000;
  /** How often a timed-out work is interrupted until it returns. */
  private static final long INTERRUPT_EVERY_MS = 100;

  private final Duration limit;

  TimeLimiter(Duration limit) {
    this.limit = limit;
  }

  Duration limit() {
    return limit;
  }

  /**
   * Runs {@code work} with a fresh deadline, which the work checks between its steps ({@link Deadline#enter}).
   *
   * @param what names the work in the message when the caller is interrupted while waiting
   * @throws TimeLimitExceededException when the work took longer than the limit
   */
  <T> T run(String what, Function<Deadline, T> work) {
    Deadline deadline = new Deadline(limit);
    ClassLoader callerLoader = Thread.currentThread().getContextClassLoader();
    Future<T> future = Workers.POOL.submit(() -> {
      Thread worker = Thread.currentThread();
      ClassLoader workerLoader = worker.getContextClassLoader();
      worker.setContextClassLoader(callerLoader);
      deadline.start(worker);
      try {
        return work.apply(deadline);
      } finally {
        worker.setContextClassLoader(workerLoader);
        deadline.finish();
      }
    });
    try {
      return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      stop(deadline);
      throw deadline.exceeded();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      stop(deadline);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analyzing " + what, e);
    }
  }

  /** Expires the deadline, interrupts the worker repeatedly until the work returns, waits a little for it. */
  private static void stop(Deadline deadline) {
    deadline.expire();
    Workers.TIMER.scheduleWithFixedDelay(() -> {
      if (!deadline.interruptWorker()) {
        throw new CancellationException("done"); // ends this repetition
      }
    }, 0, INTERRUPT_EVERY_MS, TimeUnit.MILLISECONDS);
    try {
      deadline.done.await(STOP_GRACE_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One time-limited run: its end, the step it is in, and the worker thread running it. */
  static final class Deadline {
    private final Duration limit;
    private final long endNanos;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean expired;
    private volatile String step;
    private Thread worker; // guarded by this
    private boolean finished; // guarded by this

    private Deadline(Duration limit) {
      this.limit = limit;
      this.endNanos = System.nanoTime() + limit.toNanos();
    }

    /**
     * Notes the step about to run; stops the work when the deadline has passed or the worker was interrupted.
     *
     * @throws TimeLimitExceededException naming the step that was running before
     */
    void enter(String next) {
      if (expired || System.nanoTime() - endNanos >= 0 || Thread.currentThread().isInterrupted()) {
        throw exceeded();
      }
      step = next;
    }

    TimeLimitExceededException exceeded() {
      return new TimeLimitExceededException(limit, step);
    }

    private void expire() {
      expired = true;
    }

    private synchronized void start(Thread thread) {
      worker = thread;
    }

    /** Called by the worker as it returns; no interrupt of this run reaches the thread after it. */
    private synchronized void finish() {
      finished = true;
      worker = null;
      Thread.interrupted();
      done.countDown();
    }

    /** Interrupts the worker while it runs this work; false once the work has returned. */
    private synchronized boolean interruptWorker() {
      if (finished) {
        return false;
      }
      if (worker != null) {
        worker.interrupt();
      }
      return true;
    }
  }

  /** Daemon threads that run time-limited work (idle ones end after a minute), and one that stops them. */
  private static final class Workers {
    static final ExecutorService POOL = Executors.newCachedThreadPool(daemons("presslens-analysis-"));
    static final ScheduledExecutorService TIMER =
        Executors.newSingleThreadScheduledExecutor(daemons("presslens-analysis-stopper-"));

    private static ThreadFactory daemons(String prefix) {
      AtomicInteger count = new AtomicInteger();
      return r -> {
        Thread t = new Thread(r, prefix + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }
  }
}
