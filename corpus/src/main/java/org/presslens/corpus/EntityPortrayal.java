package org.presslens.corpus;

import java.util.Map;
import java.util.TreeMap;

/**
 * How one article portrays one entity: the article's entities with the same key (or a bare surname and the one full
 * name of the article it folds into) taken together.
 *
 * @param key         the entity's key ({@link EntityNames#key}), the full name's where a surname folded into it
 * @param type        the entity type, e.g. {@code PERSON}
 * @param name        the canonical name the entities analyzer gave (the first entity's, in report order)
 * @param mentions    the number of mentions by mention kind ({@code NAME}, {@code ALIAS}, ... whatever kinds the
 *                    report has)
 * @param salience    the entity's salience in the article (the sum over the merged entities), or null
 * @param sentiment   the author-voice sentiment toward the entity, -1..1 (the merged entities' scores weighted by
 *                    their scored mentions), or null when none was computed
 * @param stance      the author's stance toward the entity ({@code FAVOR}, {@code AGAINST}, {@code NONE}), or null
 * @param example     the author-voice sentence with the strongest sentiment toward the entity, or null
 */
public record EntityPortrayal(String key, String type, String name, Map<String, Integer> mentions, Double salience,
                              Double sentiment, String stance, Example example) {

  public EntityPortrayal {
    mentions = java.util.Collections.unmodifiableMap(new TreeMap<>(mentions));
  }

  /** All mentions, whatever their kind. */
  public int mentionCount() {
    return mentions.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * A sentence of an article about an entity.
   *
   * @param text    the sentence (at most 300 characters, cut at a word with "…")
   * @param score   the sentiment toward the entity at its mention, -1..1
   * @param begin   the mention's offset in {@code text}
   * @param end     the end of the mention in {@code text} (end-exclusive)
   * @param source  the article's source (its file), or null
   * @param title   the article's title, or null
   */
  public record Example(String text, double score, int begin, int end, String source, String title) {
  }
}
