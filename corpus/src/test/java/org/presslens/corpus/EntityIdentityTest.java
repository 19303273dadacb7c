package org.presslens.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityIdentityTest {

  @Test
  void keysDropTitlesCaseAccentsPunctuationAndMiddleInitials() {
    assertThat(EntityNames.key("PERSON", "President Putin")).isEqualTo("PERSON:putin");
    assertThat(EntityNames.key("PERSON", "Vladimir Putin")).isEqualTo("PERSON:vladimir putin");
    assertThat(EntityNames.key("PERSON", "Mr. Vladimir V. Putin's")).isEqualTo("PERSON:vladimir putin");
    assertThat(EntityNames.key("PERSON", "François Hollande")).isEqualTo("PERSON:francois hollande");
    assertThat(EntityNames.key("PERSON", "Kim Jong-un")).isEqualTo("PERSON:kim jong un");
    assertThat(EntityNames.key("ORGANIZATION", "The Taliban")).isEqualTo("ORGANIZATION:taliban");
    assertThat(EntityNames.key("LOCATION", "U.S.")).isEqualTo("LOCATION:us");
    assertThat(EntityNames.key("PERSON", "President")).as("a title alone stays a name").isEqualTo("PERSON:president");
  }

  @Test
  void bareSurnameFoldsIntoTheOneFullNameWithIt() {
    EntityIdentity id = EntityIdentity.of(Set.of("PERSON:putin", "PERSON:vladimir putin", "LOCATION:russia"));
    assertThat(id.identity("PERSON:putin")).isEqualTo("PERSON:vladimir putin");
    assertThat(id.identity("PERSON:vladimir putin")).isEqualTo("PERSON:vladimir putin");
    assertThat(id.identity("LOCATION:russia")).isEqualTo("LOCATION:russia");
    assertThat(id.folded()).containsExactly(java.util.Map.entry("PERSON:putin", "PERSON:vladimir putin"));
  }

  @Test
  void ambiguousSurnameStaysItsOwnEntity() {
    EntityIdentity id = EntityIdentity.of(Set.of("PERSON:obama", "PERSON:barack obama", "PERSON:michelle obama"));
    assertThat(id.identity("PERSON:obama")).isEqualTo("PERSON:obama");
    assertThat(id.folded()).isEmpty();
  }

  @Test
  void onlyPeopleFold() {
    EntityIdentity id = EntityIdentity.of(Set.of("LOCATION:york", "LOCATION:new york", "ORGANIZATION:york"));
    assertThat(id.folded()).isEmpty();
  }
}
