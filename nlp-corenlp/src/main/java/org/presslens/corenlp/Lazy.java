package org.presslens.corenlp;

import java.util.function.Supplier;

/**
 * A value computed once, on first use, by the first caller; concurrent callers wait for it. A failed computation is
 * retried by the next caller.
 */
final class Lazy<T> {
  private final Supplier<T> supplier;
  private volatile T value;

  Lazy(Supplier<T> supplier) {
    this.supplier = supplier;
  }

  T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = supplier.get();
          value = v;
        }
      }
    }
    return v;
  }
}
