package org.presslens.analyzers.entities;

import java.util.Set;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * Full names and other names by their key: every ungrouped multi-word name, and every one-word name that is neither
 * a person's nor an acronym, joins the group of its {@link #nameKey}. One-word person names, acronyms, and one-word
 * names of another type that are the first or last word of a person's full name in the article and no known place
 * ("an enemy of Xi" beside "Xi Jinping", whatever type the tagger gave it) wait for {@link AcronymPass} and
 * {@link ShortNamePass}.
 */
final class NameKeyPass implements GroupingPass {

  private final Gazetteer gazetteer = Gazetteer.get();

  @Override
  public void apply(State state) {
    Set<String> personWords = ShortNamePass.fullNamesByWord(state.candidates()).keySet();
    for (Candidate c : state.candidates()) {
      if (c.group == null
          && (c.words() > 1 || !c.is(EntityType.PERSON) && !Names.isAcronym(c.key)
              && !(personWords.contains(c.key) && gazetteer.place(c.key).isEmpty()))) {
        EntityGroups.join(c, state.groups().keyed(nameKey(c)));
      }
    }
  }

  /**
   * The key of a name's group: people apart, organisations apart from other names, since a place name the NER
   * layer tags as an organisation there names an organisation (a team, a company) and elsewhere the place.
   */
  static String nameKey(Candidate c) {
    return switch (c.type) {
      case PERSON -> "person:" + c.key;
      case ORGANIZATION -> "org:" + c.key;
      default -> "name:" + c.key;
    };
  }
}
