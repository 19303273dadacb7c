package org.presslens.analyzers.entities;

import java.util.HashMap;
import java.util.Map;
import org.presslens.analyzers.entities.EntityGroups.Group;
import org.presslens.analyzers.entities.api.EntityType;

/**
 * The same canonical name under different types ("Khasan" as a city and as a person, "Kremlin" as an organisation
 * and a place) is one entity, whose type the merged votes decide; except a known place and the organisation the NER
 * layer tagged with its name (the team "Chicago"), which stay two.
 */
final class SameNamePass implements GroupingPass {

  @Override
  public void apply(State state) {
    Map<String, Group> byName = new HashMap<>();
    for (Group g : state.groups().all()) {
      if (!g.isLiveRoot()) {
        continue;
      }
      String name = EntityGroups.canonicalName(g);
      Group other = byName.get(name);
      if (other != null && other.root() != g && !placeAndOrganization(g, other.root())) {
        EntityGroups.merge(g, other.root());
      } else {
        byName.put(name, g);
      }
    }
  }

  private static boolean placeAndOrganization(Group a, Group b) {
    return a.fixedSubtype != null && EntityGroups.type(b) == EntityType.ORGANIZATION
        || b.fixedSubtype != null && EntityGroups.type(a) == EntityType.ORGANIZATION;
  }
}
