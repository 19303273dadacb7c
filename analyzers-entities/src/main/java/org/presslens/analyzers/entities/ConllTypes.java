package org.presslens.analyzers.entities;

import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;

/** Maps presslens entity types to the CoNLL-2003 types. */
public final class ConllTypes {

  private ConllTypes() {
  }

  /** PER, ORG, LOC or MISC for a mention of {@code kind} of an entity of {@code type} (demonyms are MISC there). */
  public static String of(String type, MentionKind kind) {
    return EntityTypes.conll(type, kind);
  }
}
