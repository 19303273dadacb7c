package org.presslens.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-article identity, the second step (docs/corpus.md): a person's bare surname key ({@code PERSON:putin}) is
 * folded into the one full-name key with that surname ({@code PERSON:vladimir putin}) when the set of keys holds
 * exactly one; with two or more ({@code PERSON:barack obama}, {@code PERSON:michelle obama}) the surname stays a row
 * of its own. Every other key is its own identity. Used per article (over the article's keys) and per corpus (over
 * every key of every report), so an article never counts twice for one identity. Immutable.
 */
public final class EntityIdentity {
  private final Map<String, String> folded;

  private EntityIdentity(Map<String, String> folded) {
    this.folded = Map.copyOf(folded);
  }

  /** The identities of {@code keys} (keys made by {@link EntityNames#key}). */
  public static EntityIdentity of(Set<String> keys) {
    Map<String, String> fullBySurname = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (String key : keys) {
      if (EntityNames.type(key).equals(EntityNames.PERSON) && !EntityNames.isBareSurname(key)) {
        String surname = EntityNames.surname(key);
        String previous = fullBySurname.putIfAbsent(surname, key);
        if (previous != null && !previous.equals(key)) {
          ambiguous.add(surname);
        }
      }
    }
    Map<String, String> folded = new TreeMap<>();
    for (String key : keys) {
      if (EntityNames.isBareSurname(key)) {
        String surname = EntityNames.surname(key);
        String full = fullBySurname.get(surname);
        if (full != null && !ambiguous.contains(surname)) {
          folded.put(key, full);
        }
      }
    }
    return new EntityIdentity(folded);
  }

  /** The identity key of {@code key}: the full name it folds into, or itself. */
  public String identity(String key) {
    return folded.getOrDefault(key, key);
  }

  /** The keys folded into another, each with the key it folded into, sorted. */
  public Map<String, String> folded() {
    return folded;
  }

  /** The keys of {@code keys} that fold into another key. */
  public List<String> foldedKeys(Set<String> keys) {
    return keys.stream().filter(folded::containsKey).sorted().toList();
  }
}
