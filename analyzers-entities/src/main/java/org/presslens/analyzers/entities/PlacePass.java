package org.presslens.analyzers.entities;

import java.util.Optional;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * Places first: a demonym joins the place it names (one the gazetteer does not know becomes a MISC name); a name the
 * gazetteer knows ("US", "America", "NEW YORK") joins its place under the canonical name, as an ALIAS or ACRONYM,
 * unless the NER layer's tag says it names something else (a team "Chicago"). People and works are left alone.
 */
final class PlacePass implements GroupingPass {

  private final Gazetteer gazetteer = Gazetteer.get();

  @Override
  public void apply(State state) {
    for (Candidate c : state.candidates()) {
      if (c.kind == MentionKind.DEMONYM) {
        Optional<Gazetteer.Place> place = gazetteer.demonym(c.key);
        if (place.isPresent()) {
          EntityGroups.join(c, state.groups().place(place.get()));
        } else {
          c.kind = MentionKind.NAME;
          c.type = EntityType.MISC;
        }
        continue;
      }
      if (c.is(EntityType.PERSON) || c.is(EntityType.WORK_OF_ART)) {
        continue;
      }
      Optional<Gazetteer.Place> place = gazetteer.place(c.key);
      if (place.isPresent() && !NameEvidence.namesSomethingElse(c.type, place.get())) {
        if (!c.key.equals(place.get().name())) {
          c.kind = Gazetteer.isAllCaps(c.key) ? MentionKind.ACRONYM : MentionKind.ALIAS;
        }
        c.type = EntityType.LOCATION;
        EntityGroups.join(c, state.groups().place(place.get()));
      }
    }
  }
}
