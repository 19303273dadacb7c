package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link OnceSupplier}: one computation whatever its outcome; an error is not kept. */
class OnceSupplierTest {

  @Test
  void aValueIsComputedOnce() {
    AtomicInteger calls = new AtomicInteger();
    OnceSupplier<String> once = new OnceSupplier<>(() -> "value " + calls.incrementAndGet());
    assertThat(once.get()).isEqualTo("value 1");
    assertThat(once.get()).isEqualTo("value 1");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFailureIsKeptAndThrownAgainWithItsCause() {
    AtomicInteger calls = new AtomicInteger();
    IOException cause = new IOException("model.ser.gz not found");
    OnceSupplier<String> once = new OnceSupplier<>(() -> {
      calls.incrementAndGet();
      throw new UncheckedIOException("cannot load the model", cause);
    });
    Throwable first = catchThrowable(once::get);
    Throwable second = catchThrowable(once::get);
    Throwable third = catchThrowable(once::get);
    assertThat(calls).hasValue(1);
    assertThat(first).isInstanceOf(UncheckedIOException.class).hasMessage("cannot load the model").hasCause(cause);
    assertThat(second).isSameAs(first);
    assertThat(third).isSameAs(first);
  }

  @Test
  void anErrorIsNotKept() {
    AtomicInteger calls = new AtomicInteger();
    OnceSupplier<String> once = new OnceSupplier<>(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new OutOfMemoryError("Java heap space");
      }
      return "loaded";
    });
    assertThat(catchThrowable(once::get)).isInstanceOf(OutOfMemoryError.class);
    assertThat(once.get()).isEqualTo("loaded");
    assertThat(once.get()).isEqualTo("loaded");
    assertThat(calls).hasValue(2);
  }
}
