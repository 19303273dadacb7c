package org.presslens.analyzers.entities;

import java.util.Optional;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;

/**
 * Maps presslens entity types, and the NER layer's tags, to the CoNLL-2003 types: PERSON → PER, ORGANIZATION → ORG,
 * LOCATION → LOC, everything else (MISC, WORK_OF_ART) and every demonym → MISC.
 */
public final class ConllTypes {

  private ConllTypes() {
  }

  /** PER, ORG, LOC or MISC for a mention of {@code kind} of an entity of {@code type} (demonyms are MISC there). */
  public static String of(String type, MentionKind kind) {
    return EntityTypes.conll(type, kind);
  }

  /**
   * The CoNLL type of a bare NER mention tagged {@code nerTag} (fine-grained COUNTRY, CITY... are LOC, NATIONALITY
   * MISC); empty for tags that are not entities (DATE, MONEY...).
   */
  public static Optional<String> ofNerTag(String nerTag) {
    return EntityTypes.of(nerTag).map(t -> EntityTypes.conll(t.type().name(),
        "NATIONALITY".equals(nerTag) ? MentionKind.DEMONYM : MentionKind.NAME));
  }
}
