package org.presslens.pipeline;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;

/**
 * A value computed at most once, on first use, whose outcome is kept whether it is a value or a failure: Guava's
 * {@link Suppliers#memoize} keeps only a value and calls its delegate again after an exception, so an analyzer
 * whose creation fails (a missing model file) would be created again for every article. Here the first
 * {@link RuntimeException} is kept and thrown again, the same instance with its cause, on every later call.
 * An {@link Error} (out of memory) is not kept: the next call tries again. Thread-safe; concurrent first callers
 * wait for one computation.
 */
final class OnceSupplier<T> implements Supplier<T> {

  private final Supplier<Outcome<T>> outcome;

  OnceSupplier(Supplier<T> delegate) {
    this.outcome = Suppliers.memoize(() -> Outcome.of(delegate));
  }

  @Override
  public T get() {
    return outcome.get().get();
  }

  /** A computed value or the exception that computing it threw. */
  private record Outcome<T>(T value, RuntimeException failure) {

    static <T> Outcome<T> of(Supplier<T> delegate) {
      try {
        return new Outcome<>(delegate.get(), null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e);
      }
    }

    T get() {
      if (failure != null) {
        throw failure;
      }
      return value;
    }
  }
}
