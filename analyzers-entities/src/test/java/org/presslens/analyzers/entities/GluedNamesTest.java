package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;

class GluedNamesTest {

  private static Candidate c(int begin, String text, EntityType type) {
    return Candidate.keyed(begin, begin + text.length(), text, type, MentionKind.NAME, text);
  }

  @Test
  void anOutletGluedToAKnownSurnameIsSplit() {
    List<Candidate> cs = new ArrayList<>(List.of(c(0, "GA Voice Cochran", EntityType.ORGANIZATION),
        c(40, "GA Voice", EntityType.ORGANIZATION), c(80, "Kelvin Cochran", EntityType.PERSON)));
    GluedNames.split(cs);
    assertThat(cs).extracting(x -> x.text + "@" + x.begin + "-" + x.end + "/" + x.type)
        .containsExactly("GA Voice@0-8/ORGANIZATION", "Cochran@9-16/PERSON", "GA Voice@40-48/ORGANIZATION",
            "Kelvin Cochran@80-94/PERSON");
  }

  @Test
  void aNameWhosePartsAreNotBothKnownStaysWhole() {
    List<Candidate> cs = new ArrayList<>(List.of(c(0, "Bank of England Smith", EntityType.ORGANIZATION),
        c(40, "GA Voice", EntityType.ORGANIZATION), c(80, "Kelvin Cochran", EntityType.PERSON),
        c(100, "GA Voice Weekly", EntityType.ORGANIZATION)));
    GluedNames.split(cs);
    assertThat(cs).extracting(x -> x.text).containsExactly("Bank of England Smith", "GA Voice", "Kelvin Cochran",
        "GA Voice Weekly");
  }
}
