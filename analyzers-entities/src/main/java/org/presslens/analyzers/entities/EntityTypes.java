package org.presslens.analyzers.entities;

import java.util.Map;
import java.util.Optional;

/** Maps NER tags to presslens entity types and subtypes; dates, numbers and the like are not entities. */
final class EntityTypes {

  record Typed(String type, String subtype) {
  }

  private static final Map<String, Typed> BY_TAG = Map.of(
      "PERSON", new Typed("PERSON", null),
      "ORGANIZATION", new Typed("ORGANIZATION", null),
      "LOCATION", new Typed("LOCATION", null),
      "COUNTRY", new Typed("LOCATION", "COUNTRY"),
      "CITY", new Typed("LOCATION", "CITY"),
      "STATE_OR_PROVINCE", new Typed("LOCATION", "STATE_OR_PROVINCE"),
      "MISC", new Typed("MISC", null),
      "NATIONALITY", new Typed("MISC", null));

  private EntityTypes() {
  }

  static Optional<Typed> of(String nerTag) {
    return Optional.ofNullable(BY_TAG.get(nerTag));
  }
}
