package org.presslens.analyzers.entities;

import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * A mention before grouping, for {@link EntityResolver}: its span and text, its grouping {@code key} (the text
 * normalised, titles and a leading "the" stripped), type, kind and type vote, and the group it joined. The candidate
 * finders set span, text and key; the grouping passes may retype and rekind a candidate until it joins a group.
 */
final class Candidate {
  int begin;
  int end;
  String text;
  String key;
  EntityType type;
  String subtype;
  MentionKind kind = MentionKind.NAME;
  double vote = 1;
  EntityGroups.Group group;
  private String wordsOf;
  private int words;

  Candidate(int begin, int end, String text, EntityType type) {
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.type = type;
  }

  /** A candidate whose key is {@code key}. */
  static Candidate keyed(int begin, int end, String text, EntityType type, MentionKind kind, String key) {
    Candidate c = new Candidate(begin, end, text, type);
    c.kind = kind;
    c.key = key;
    return c;
  }

  /** The number of words of the key (cached for the key it was computed for). */
  int words() {
    if (wordsOf != key) {
      words = key.split(" ").length;
      wordsOf = key;
    }
    return words;
  }

  boolean is(EntityType t) {
    return type == t;
  }

  @Override
  public String toString() {
    return text + "@" + begin + "/" + type + "/" + kind;
  }
}
