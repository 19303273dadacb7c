package org.presslens.analyzers.entities;

import java.util.Map;
import java.util.Optional;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * Maps NER tags to presslens entity types and subtypes; dates, numbers, money, titles and the like are not entities.
 * NATIONALITY (from CoreNLP's fine-grained NER) is folded into the place it names by {@link DemonymFinder}.
 */
final class EntityTypes {

  record Typed(EntityType type, String subtype) {
  }

  private static final Map<String, Typed> BY_TAG = Map.ofEntries(
      Map.entry("PERSON", new Typed(EntityType.PERSON, null)),
      Map.entry("ORGANIZATION", new Typed(EntityType.ORGANIZATION, null)),
      Map.entry("LOCATION", new Typed(EntityType.LOCATION, null)),
      Map.entry("COUNTRY", new Typed(EntityType.LOCATION, "COUNTRY")),
      Map.entry("CITY", new Typed(EntityType.LOCATION, "CITY")),
      Map.entry("STATE_OR_PROVINCE", new Typed(EntityType.LOCATION, "STATE_OR_PROVINCE")),
      Map.entry("MISC", new Typed(EntityType.MISC, null)),
      Map.entry("NATIONALITY", new Typed(EntityType.LOCATION, null)),
      Map.entry("RELIGION", new Typed(EntityType.MISC, null)),
      Map.entry("IDEOLOGY", new Typed(EntityType.MISC, null)));

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
