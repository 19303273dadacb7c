package org.presslens.analyzers.entities;

import java.util.Map;
import java.util.Optional;

/**
 * Maps NER tags to presslens entity types and subtypes; dates, numbers, money, titles and the like are not entities.
 * NATIONALITY (from CoreNLP's fine-grained NER) is folded into the place it names by {@link EntityResolver}.
 */
final class EntityTypes {

  record Typed(String type, String subtype) {
  }

  private static final Map<String, Typed> BY_TAG = Map.ofEntries(
      Map.entry("PERSON", new Typed("PERSON", null)),
      Map.entry("ORGANIZATION", new Typed("ORGANIZATION", null)),
      Map.entry("LOCATION", new Typed("LOCATION", null)),
      Map.entry("COUNTRY", new Typed("LOCATION", "COUNTRY")),
      Map.entry("CITY", new Typed("LOCATION", "CITY")),
      Map.entry("STATE_OR_PROVINCE", new Typed("LOCATION", "STATE_OR_PROVINCE")),
      Map.entry("MISC", new Typed("MISC", null)),
      Map.entry("NATIONALITY", new Typed("LOCATION", null)),
      Map.entry("RELIGION", new Typed("MISC", null)),
      Map.entry("IDEOLOGY", new Typed("MISC", null)));

  private EntityTypes() {
  }

  static Optional<Typed> of(String nerTag) {
    return Optional.ofNullable(BY_TAG.get(nerTag));
  }

  /** The CoNLL-2003 type of a presslens type and mention kind: PER, ORG, LOC or MISC (demonyms are MISC there). */
  static String conll(String type, org.presslens.analyzers.entities.api.EntitiesResult.MentionKind kind) {
    if (kind == org.presslens.analyzers.entities.api.EntitiesResult.MentionKind.DEMONYM) {
      return "MISC";
    }
    return switch (type) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION" -> "LOC";
      default -> "MISC";
    };
  }
}
