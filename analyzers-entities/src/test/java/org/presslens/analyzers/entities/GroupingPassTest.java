package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.EntityGroups.Group;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;

/** Each grouping pass alone, on hand-made candidates (and, where the pass reads tokens, the fake NLP engine). */
class GroupingPassTest {

  private static final NlpDocument NO_NLP = Docs.doc(Docs.article("x"), false);

  private static Candidate c(int begin, String key, EntityType type) {
    return Candidate.keyed(begin, begin + key.length(), key, type, MentionKind.NAME, key);
  }

  private static GroupingPass.State state(Candidate... candidates) {
    return new GroupingPass.State(new ArrayList<>(List.of(candidates)), new EntityGroups(), NO_NLP);
  }

  private static List<String> names(GroupingPass.State s) {
    return s.groups().roots().stream().map(EntityGroups::canonicalName).toList();
  }

  @Nested
  class UnionFind {
    @Test
    void mergedGroupsShareOneRootWithAllMembersAndVotes() {
      EntityGroups groups = new EntityGroups();
      Group a = groups.keyed("a");
      Group b = groups.keyed("b");
      Candidate x = c(0, "Khasan", EntityType.LOCATION);
      Candidate y = c(10, "Khasan", EntityType.PERSON);
      y.vote = 0.5;
      EntityGroups.join(x, a);
      EntityGroups.join(y, b);
      EntityGroups.merge(b, a);
      assertThat(b.root()).isSameAs(a);
      assertThat(groups.roots()).containsExactly(a);
      assertThat(a.members).containsExactly(x, y);
      assertThat(y.group).isSameAs(a);
      assertThat(EntityGroups.type(a)).isEqualTo(EntityType.LOCATION);
      assertThat(groups.keyed("b")).as("a key finds the root").isSameAs(a);
    }
  }

  @Nested
  class Places {
    @Test
    void knownNamesAndDemonymsJoinTheirPlaceButATeamNamedAfterACityDoesNot() {
      Candidate us = c(0, "US", EntityType.LOCATION);
      Candidate russian = Candidate.keyed(5, 12, "Russian", EntityType.LOCATION, MentionKind.DEMONYM, "Russian");
      Candidate russia = c(20, "Russia", EntityType.ORGANIZATION);
      Candidate chicago = c(30, "Chicago", EntityType.ORGANIZATION);
      Candidate putin = c(40, "Putin", EntityType.PERSON);
      GroupingPass.State s = state(us, russian, russia, chicago, putin);
      new PlacePass().apply(s);
      assertThat(names(s)).containsExactly("United States", "Russia");
      assertThat(us.kind).isEqualTo(MentionKind.ACRONYM);
      assertThat(russia.type).as("a country is a place whatever the tag").isEqualTo(EntityType.LOCATION);
      assertThat(chicago.group).isNull();
      assertThat(putin.group).isNull();
    }
  }

  @Nested
  class NameKeys {
    @Test
    void fullNamesAndOtherNamesGroupByKeyButOneWordPeopleAndAcronymsWait() {
      Candidate a = c(0, "Vladimir Putin", EntityType.PERSON);
      Candidate b = c(20, "Vladimir Putin", EntityType.PERSON);
      Candidate org = c(40, "Kremlin", EntityType.ORGANIZATION);
      Candidate kim = c(50, "Kim", EntityType.PERSON);
      Candidate un = c(60, "UN", EntityType.ORGANIZATION);
      GroupingPass.State s = state(a, b, org, kim, un);
      new NameKeyPass().apply(s);
      assertThat(names(s)).containsExactly("Vladimir Putin", "Kremlin");
      assertThat(a.group).isSameAs(b.group);
      assertThat(kim.group).isNull();
      assertThat(un.group).isNull();
    }
  }

  @Nested
  class People {
    @Test
    void aShorterFullNameJoinsTheLongerOneWithTheSameEnds() {
      GroupingPass.State s = state(c(0, "Nina L. Khrushcheva", EntityType.PERSON),
          c(30, "Nina Khrushcheva", EntityType.PERSON), c(50, "Bill Clinton", EntityType.PERSON),
          c(70, "Hillary Clinton", EntityType.PERSON));
      new NameKeyPass().apply(s);
      new PersonMergePass().apply(s);
      assertThat(names(s)).containsExactly("Nina L. Khrushcheva", "Bill Clinton", "Hillary Clinton");
    }
  }

  @Nested
  class Acronyms {
    @Test
    void theKnownLongFormWinsElseTheFirstElseTheAcronymTable() {
      Candidate un = c(60, "UN", EntityType.ORGANIZATION);
      Candidate dp = c(70, "DP", EntityType.ORGANIZATION);
      Candidate nato = c(80, "NATO", EntityType.ORGANIZATION);
      Candidate xyz = c(90, "XYZ", EntityType.ORGANIZATION);
      GroupingPass.State s = state(c(0, "Universal Networks", EntityType.ORGANIZATION),
          c(20, "United Nations", EntityType.ORGANIZATION), c(35, "Dover Ports", EntityType.ORGANIZATION),
          c(48, "Delta Partners", EntityType.ORGANIZATION), un, dp, nato, xyz);
      new NameKeyPass().apply(s);
      new AcronymPass().apply(s);
      assertThat(EntityGroups.canonicalName(un.group)).isEqualTo("United Nations");
      assertThat(un.kind).isEqualTo(MentionKind.ACRONYM);
      assertThat(EntityGroups.canonicalName(dp.group)).isEqualTo("Dover Ports");
      assertThat(EntityGroups.canonicalName(nato.group)).isEqualTo("North Atlantic Treaty Organization");
      assertThat(EntityGroups.type(nato.group)).isEqualTo(EntityType.ORGANIZATION);
      assertThat(xyz.group).isNull();
    }
  }

  @Nested
  class MissedNames {
    @Test
    void anUntaggedProperNounEqualToAPersonsSurnameBecomesACandidate() {
      Article a = Docs.article("Xi Jinping spoke. An enemy of Xi left.");
      NlpDocument nlp = Docs.doc(a, false, "Xi Jinping/PERSON");
      Candidate xi = c(0, "Xi Jinping", EntityType.PERSON);
      GroupingPass.State s = new GroupingPass.State(new ArrayList<>(List.of(xi)), new EntityGroups(), nlp);
      new NameKeyPass().apply(s);
      new MissedNamePass().apply(s);
      assertThat(s.candidates()).extracting(x -> x.text + "@" + x.begin)
          .containsExactly("Xi Jinping@0", "Xi@" + a.text().lastIndexOf("Xi"));
      assertThat(s.candidates().get(1).type).isEqualTo(EntityType.PERSON);
    }
  }

  @Nested
  class ShortNames {
    @Test
    void aSurnameJoinsTheNearestFullNameBeforeItAndALoneOneVotesHalf() {
      Candidate bill = c(0, "Bill Clinton", EntityType.PERSON);
      Candidate hillary = c(20, "Hillary Clinton", EntityType.PERSON);
      Candidate clinton = c(40, "Clinton", EntityType.PERSON);
      Candidate smith = c(50, "Smith", EntityType.PERSON);
      GroupingPass.State s = state(bill, hillary, clinton, smith);
      new NameKeyPass().apply(s);
      new ShortNamePass().apply(s);
      assertThat(clinton.group).isSameAs(hillary.group.root());
      assertThat(clinton.kind).isEqualTo(MentionKind.ALIAS);
      assertThat(smith.vote).isEqualTo(0.5);
      assertThat(names(s)).containsExactly("Bill Clinton", "Hillary Clinton", "Smith");
    }
  }

  @Nested
  class SameNames {
    @Test
    void oneNameUnderTwoTypesIsOneEntityButAPlaceAndItsNamesakeTeamStayTwo() {
      Candidate city = c(0, "Khasan", EntityType.LOCATION);
      city.vote = 1.5;
      Candidate person = c(10, "Khasan", EntityType.PERSON);
      person.vote = 0.5;
      Candidate team = c(20, "Chicago", EntityType.ORGANIZATION);
      Candidate place = c(30, "Chicago", EntityType.LOCATION);
      GroupingPass.State s = state(city, person, team, place);
      new PlacePass().apply(s);
      new NameKeyPass().apply(s);
      new ShortNamePass().apply(s);
      assertThat(s.groups().roots()).hasSize(4);
      new SameNamePass().apply(s);
      assertThat(s.groups().roots()).hasSize(3);
      assertThat(city.group.root()).isSameAs(person.group.root());
      assertThat(EntityGroups.type(city.group.root())).isEqualTo(EntityType.LOCATION);
      assertThat(EntityGroups.type(team.group.root())).isEqualTo(EntityType.ORGANIZATION);
      assertThat(EntityGroups.type(place.group.root())).isEqualTo(EntityType.LOCATION);
      assertThat(team.group.root()).isNotSameAs(place.group.root());
    }
  }
}
