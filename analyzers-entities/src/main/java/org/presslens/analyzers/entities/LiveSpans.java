package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Items with a char span in a list that grows at its end and loses items anywhere, with a query for the items that
 * overlap a span: the answers and the final list are those of an {@code ArrayList} with the same appends and removals
 * (by identity), scanned whole for every query, but a query only looks at the items beginning near the span. Each
 * item is added once, and its span must not change while it is in the list.
 */
final class LiveSpans<T> {
  private final ToIntFunction<T> begin;
  private final ToIntFunction<T> end;
  private final List<T> order = new ArrayList<>();
  private final Set<T> added = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<T> removed = Collections.newSetFromMap(new IdentityHashMap<>());
  private final TreeMap<Integer, List<T>> byBegin = new TreeMap<>();
  /** The longest span ever added: an item overlapping [b, e) begins after b - longest. */
  private int longest;

  LiveSpans(List<T> items, ToIntFunction<T> begin, ToIntFunction<T> end) {
    this.begin = begin;
    this.end = end;
    items.forEach(this::add);
  }

  void add(T item) {
    if (!added.add(item)) {
      throw new IllegalStateException("item added twice: " + item);
    }
    order.add(item);
    int b = begin.applyAsInt(item);
    longest = Math.max(longest, end.applyAsInt(item) - b);
    byBegin.computeIfAbsent(b, k -> new ArrayList<>(1)).add(item);
  }

  void remove(T item) {
    List<T> at = byBegin.get(begin.applyAsInt(item));
    if (at != null && at.removeIf(x -> x == item)) {
      removed.add(item);
    }
  }

  /** The items with {@code item.begin < e && b < item.end}, in order of begin. */
  List<T> overlapping(int b, int e) {
    List<T> out = new ArrayList<>();
    int from = (int) Math.max(Integer.MIN_VALUE, (long) b - longest);
    if (from > e) {
      return out; // then every item ends before b
    }
    for (Map.Entry<Integer, List<T>> at : byBegin.subMap(from, true, e, false).entrySet()) {
      for (T item : at.getValue()) {
        if (b < end.applyAsInt(item)) {
          out.add(item);
        }
      }
    }
    return out;
  }

  /** The items in list order. */
  List<T> items() {
    List<T> out = new ArrayList<>(order.size() - removed.size());
    for (T item : order) {
      if (!removed.contains(item)) {
        out.add(item);
      }
    }
    return out;
  }
}
