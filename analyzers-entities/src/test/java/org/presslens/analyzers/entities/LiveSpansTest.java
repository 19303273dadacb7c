package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LiveSpans} against an {@code ArrayList} scanned whole, under random appends, removals and queries. */
class LiveSpansTest {

  /** An item: a span, and an id so that equal spans are different items. */
  private record Item(int id, int begin, int end) {
  }

  @Test
  void queriesAndOrderAreThoseOfAScannedList() {
    Random random = new Random(5L);
    int found = 0;
    for (int round = 0; round < 300; round++) {
      List<Item> reference = new ArrayList<>();
      int ids = 0;
      int initial = random.nextInt(20);
      for (int i = 0; i < initial; i++) {
        reference.add(randomItem(random, ids++));
      }
      LiveSpans<Item> live = new LiveSpans<>(reference, Item::begin, Item::end);
      for (int op = 0; op < 60; op++) {
        int kind = random.nextInt(3);
        if (kind == 0) {
          Item item = randomItem(random, ids++);
          reference.add(item);
          live.add(item);
        } else if (kind == 1 && !reference.isEmpty()) {
          Item item = reference.get(random.nextInt(reference.size()));
          reference.remove(item);
          live.remove(item);
        } else {
          int b = random.nextInt(120);
          int e = b + random.nextInt(25);
          List<Item> expected = new ArrayList<>();
          for (Item item : reference) {
            if (item.begin() < e && b < item.end()) {
              expected.add(item);
            }
          }
          List<Item> actual = live.overlapping(b, e);
          assertThat(actual).as("[%s, %s) in %s", b, e, reference).containsExactlyInAnyOrderElementsOf(expected)
              .isSortedAccordingTo(Comparator.comparingInt(Item::begin));
          found += expected.size();
        }
        assertThat(live.items()).containsExactlyElementsOf(reference);
      }
    }
    assertThat(found).as("queries found items").isGreaterThan(2_000);
  }

  @Test
  void anItemIsAddedOnce() {
    Item item = new Item(1, 3, 5);
    LiveSpans<Item> live = new LiveSpans<>(List.of(item), Item::begin, Item::end);
    assertThatThrownBy(() -> live.add(item)).isInstanceOf(IllegalStateException.class);
    live.remove(new Item(2, 3, 5)); // not in the list: nothing happens
    assertThat(live.items()).containsExactly(item);
    assertThat(live.overlapping(5, 9)).isEmpty();
    assertThat(live.overlapping(4, 4)).containsExactly(item); // as the scan: 3 < 4 && 4 < 5
    assertThat(live.overlapping(5, 5)).isEmpty();
    assertThat(live.overlapping(0, 4)).containsExactly(item);
  }

  private static Item randomItem(Random random, int id) {
    int b = random.nextInt(120);
    int length = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 8);
    return new Item(id, b, b + length);
  }
}
