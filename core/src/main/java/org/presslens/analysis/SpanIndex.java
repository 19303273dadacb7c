package org.presslens.analysis;

import java.util.Arrays;
import java.util.List;
import org.presslens.model.Span;

/**
 * An index over a list of spans (sentences, paragraphs, mentions...) that answers the containment and overlap
 * questions analyzers ask about them in {@code O(log n)} plus the size of the answer, instead of a scan of the whole
 * list per question. The answers are exactly those of the scan, for spans in any order; the list is usually in text
 * order, which is the fast case. Immutable and thread-safe.
 */
public final class SpanIndex {
  private final int size;
  /** Positions in the list, sorted by begin (stable: equal begins keep their list order). */
  private final int[] order;
  private final int[] begins;
  private final int[] ends;
  /** {@code maxEnd[k]}: the largest end among the first k + 1 spans by begin. */
  private final int[] maxEnd;
  /** Whether the list is in order of begin, so that positions by begin are positions in the list. */
  private final boolean sorted;
  /** Whether the list is in order and no span overlaps the next (an article's paragraphs, one text's sentences). */
  private final boolean disjoint;

  private SpanIndex(List<Span> spans) {
    size = spans.size();
    Integer[] byBegin = new Integer[size];
    boolean inOrder = true;
    boolean apart = true;
    for (int i = 0; i < size; i++) {
      byBegin[i] = i;
      if (i > 0) {
        inOrder &= spans.get(i - 1).begin() <= spans.get(i).begin();
        apart &= spans.get(i - 1).end() <= spans.get(i).begin();
      }
    }
    sorted = inOrder;
    disjoint = inOrder && apart;
    if (!sorted) {
      Arrays.sort(byBegin, (a, b) -> Integer.compare(spans.get(a).begin(), spans.get(b).begin()));
    }
    order = new int[size];
    begins = new int[size];
    ends = new int[size];
    maxEnd = new int[size];
    for (int k = 0; k < size; k++) {
      Span s = spans.get(byBegin[k]);
      order[k] = byBegin[k];
      begins[k] = s.begin();
      ends[k] = s.end();
      maxEnd[k] = k == 0 ? s.end() : Math.max(maxEnd[k - 1], s.end());
    }
  }

  /** An index over {@code spans}, whose positions the answers give. */
  public static SpanIndex of(List<Span> spans) {
    return new SpanIndex(spans);
  }

  public int size() {
    return size;
  }

  /** The positions of the spans that {@code outer} contains ({@link Span#contains}), in list order. */
  public int[] within(Span outer) {
    int from = firstBeginAtLeast(outer.begin());
    int[] found = new int[8];
    int n = 0;
    // a span inside outer begins in [outer.begin, outer.end]
    for (int k = from; k < size && begins[k] <= outer.end(); k++) {
      if (ends[k] <= outer.end()) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = order[k];
      }
    }
    int[] out = Arrays.copyOf(found, n);
    if (!sorted) {
      Arrays.sort(out);
    }
    return out;
  }

  /** Whether {@code outer} contains some span: {@code within(outer).length > 0}, without listing them. */
  public boolean anyWithin(Span outer) {
    for (int k = firstBeginAtLeast(outer.begin()); k < size && begins[k] <= outer.end(); k++) {
      if (ends[k] <= outer.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether some span overlaps {@code span} ({@link Span#overlaps}). */
  public boolean overlapsAny(Span span) {
    return overlapsAny(span.begin(), span.end());
  }

  /** Whether some span has {@code span.begin < end && begin < span.end}. */
  public boolean overlapsAny(int begin, int end) {
    int k = firstBeginAtLeast(end);
    return k > 0 && maxEnd[k - 1] > begin;
  }

  /** Whether some span contains {@code span} ({@link Span#contains}). */
  public boolean containsAny(Span span) {
    int k = firstBeginAtLeast((long) span.begin() + 1);
    return k > 0 && maxEnd[k - 1] >= span.end();
  }

  /**
   * The position of the first span in the list with {@code begin <= offset < end}, or -1: a binary search when the
   * spans are in order and apart (an article's paragraphs), else a scan.
   */
  public int indexAt(int offset) {
    if (disjoint) {
      // the only candidate: the last span that begins at or before offset (an empty one after it would begin later)
      int k = firstBeginAtLeast((long) offset + 1) - 1;
      return k >= 0 && offset < ends[k] ? order[k] : -1;
    }
    int best = -1;
    for (int k = 0; k < size && begins[k] <= offset; k++) {
      if (offset < ends[k] && (best < 0 || order[k] < best)) {
        best = order[k];
      }
    }
    return best;
  }

  /** The first position by begin whose span begins at or after {@code offset} ({@code size} when none does). */
  private int firstBeginAtLeast(long offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begins[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
