package org.presslens.analyzers.stance.entity;

import java.util.List;
import org.presslens.model.Span;

/**
 * One stance target: its display name, the entity id (or null), the entity type (or null for a name found only in the
 * text), its mentions in text order, the entity-level sentiment of the {@code entities} analyzer (or null) and its rank.
 */
record Target(String name, String entityId, String type, List<Span> mentions, Double sentiment, double rank) {

  /** Whether the target is a person (or unknown), for "he"/"she" rather than "it"/"they". */
  boolean person() {
    return type == null || type.equals("PERSON");
  }
}
