package org.presslens.bench.child;

import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Bisection for the smallest heap that works, between a size known to fail and one known to work, until they are at
 * most {@code stepMb} apart; the sizes tried are rounded down to 16 MiB.
 *
 * @param stepMb the precision, in MiB
 */
record HeapBisection(int stepMb) {

  /** The smallest size that worked, and what it gave. */
  record Found<R>(int mb, R at) {
  }

  /**
   * Bisects between {@code failsMb} and {@code worksMb} (which gave {@code atWorks}), calling {@code probe} for each
   * size tried.
   */
  <R> Found<R> smallest(int failsMb, int worksMb, R atWorks, IntFunction<R> probe, Predicate<R> works) {
    int lo = failsMb;
    int hi = worksMb;
    R atHi = atWorks;
    while (hi - lo > stepMb) {
      int mid = (lo + hi) / 2 / 16 * 16;
      R run = probe.apply(mid);
      if (works.test(run)) {
        hi = mid;
        atHi = run;
      } else {
        lo = mid;
      }
    }
    return new Found<>(hi, atHi);
  }
}
