package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.EntityResolver.ResolvedEntity;
import org.presslens.analyzers.entities.EntityResolver.ResolvedMention;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.entities.api.EntityType;
import org.presslens.model.Article;

class EntityResolverTest {

  private final EntityResolver resolver = new EntityResolver();

  private List<ResolvedEntity> resolve(Article article, String... mentions) {
    List<ResolvedEntity> entities = resolver.resolve(article, Docs.doc(article, false, mentions));
    for (ResolvedEntity e : entities) {
      for (ResolvedMention m : e.mentions()) {
        assertThat(article.text().substring(m.begin(), m.end())).isEqualTo(m.text());
      }
    }
    return entities;
  }

  private static ResolvedEntity named(List<ResolvedEntity> entities, String name) {
    Optional<ResolvedEntity> e = entities.stream().filter(x -> x.name().equals(name)).findFirst();
    assertThat(e).as("entity %s in %s", name, entities.stream().map(ResolvedEntity::name).toList()).isPresent();
    return e.get();
  }

  private static List<String> texts(ResolvedEntity e) {
    return e.mentions().stream().map(ResolvedMention::text).toList();
  }

  @Test
  void surnamesAndFirstNamesJoinTheFullNameAndTitlesAreStripped() {
    Article a = Docs.article("President Vladimir Putin met Kim Jong-un at the station. Putin praised Kim, and"
        + " Kim smiled. Later Chinese President Xi Jinping called. Xi was calm.");
    List<ResolvedEntity> es = resolve(a, "President Vladimir Putin/PERSON", "Kim Jong-un/PERSON", "Putin#1/PERSON",
        "Kim#1/PERSON", "Kim#2/PERSON", "Chinese President Xi Jinping/PERSON", "Xi#1/PERSON");
    ResolvedEntity putin = named(es, "Vladimir Putin");
    assertThat(putin.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(putin)).containsExactly("Vladimir Putin", "Putin");
    assertThat(putin.mentions().get(0).kind()).isEqualTo(MentionKind.NAME);
    assertThat(putin.mentions().get(1).kind()).isEqualTo(MentionKind.ALIAS);
    assertThat(texts(named(es, "Kim Jong-un"))).containsExactly("Kim Jong-un", "Kim", "Kim");
    assertThat(texts(named(es, "Xi Jinping"))).containsExactly("Xi Jinping", "Xi");
    // "Chinese" in front of the title is a demonym of China
    assertThat(named(es, "China").mentions().get(0).kind()).isEqualTo(MentionKind.DEMONYM);
    assertThat(es).extracting(ResolvedEntity::name).doesNotContain("Putin", "Kim", "Xi");
  }

  @Test
  void aOneWordNameOfAPersonsFullNameJoinsThePersonWhateverTypeItGot() {
    Article a = Docs.article("Chinese President Xi Jinping called. He hardly wants to become an enemy of Xi, and the"
        + " Kim regime knows it, as Kim Jong-un said. Officials in Lima agreed with Ana Lima.");
    List<ResolvedEntity> es = resolve(a, "Xi Jinping/PERSON", "Xi#1/LOCATION", "Kim/ORGANIZATION",
        "Kim Jong-un/PERSON", "Lima/CITY", "Ana Lima/PERSON");
    assertThat(texts(named(es, "Xi Jinping"))).containsExactly("Xi Jinping", "Xi");
    assertThat(texts(named(es, "Kim Jong-un"))).containsExactly("Kim", "Kim Jong-un");
    // a known place stays the place
    assertThat(named(es, "Lima").type()).isEqualTo(EntityType.LOCATION);
    assertThat(texts(named(es, "Ana Lima"))).containsExactly("Ana Lima");
  }

  @Test
  void twoPeopleSharingASurnameStayApart() {
    Article a = Docs.article("Hillary Clinton spoke first. Bill Clinton spoke next, and then Clinton left.",
        "Later Hillary Clinton returned and Clinton answered questions.");
    List<ResolvedEntity> es = resolve(a, "Hillary Clinton/PERSON", "Bill Clinton/PERSON", "Clinton#2/PERSON",
        "Hillary Clinton#1/PERSON", "Clinton#4/PERSON");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(2);
    assertThat(texts(named(es, "Bill Clinton"))).containsExactly("Bill Clinton", "Clinton");
    assertThat(texts(named(es, "Hillary Clinton"))).containsExactly("Hillary Clinton", "Hillary Clinton", "Clinton");
  }

  @Test
  void aOneWordNameJoinsTheNearestFullNameBeforeItElseTheFirstAfterIt() {
    Article a = Docs.article("Clinton arrived early. Bill Clinton spoke, then Hillary Clinton. Clinton left.",
        "Hillary waved and Bill Clinton followed. Clinton was last.");
    List<ResolvedEntity> es = resolve(a, "Clinton#0/PERSON", "Bill Clinton#0/PERSON", "Hillary Clinton/PERSON",
        "Clinton#3/PERSON", "Hillary#1/PERSON", "Bill Clinton#1/PERSON", "Clinton#5/PERSON");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON)).hasSize(2);
    assertThat(named(es, "Bill Clinton").mentions()).extracting(ResolvedMention::begin)
        .containsExactly(0, a.text().indexOf("Bill Clinton"), a.text().lastIndexOf("Bill Clinton"),
            a.text().lastIndexOf("Clinton"));
    assertThat(named(es, "Hillary Clinton").mentions()).extracting(ResolvedMention::begin)
        .containsExactly(a.text().indexOf("Hillary Clinton"), a.text().indexOf("Clinton left"),
            a.text().lastIndexOf("Hillary"));
  }

  @Test
  void theAcronymsWellKnownLongFormTakesItFromAnEarlierNameWithTheSameInitials() {
    Article a = Docs.article("Universal Networks sued on Monday. The United Nations replied, and the UN said no.");
    List<ResolvedEntity> es = resolve(a, "Universal Networks/ORGANIZATION", "United Nations/ORGANIZATION",
        "UN/ORGANIZATION");
    assertThat(texts(named(es, "United Nations"))).containsExactly("United Nations", "UN");
    assertThat(named(es, "United Nations").mentions()).extracting(ResolvedMention::kind)
        .containsExactly(MentionKind.NAME, MentionKind.ACRONYM);
    assertThat(texts(named(es, "Universal Networks"))).containsExactly("Universal Networks");
  }

  @Test
  void anUnknownAcronymTakesTheFirstLongFormWithItsInitials() {
    Article a = Docs.article("Dover Ports sued on Monday. Delta Partners replied, and DP said no.");
    List<ResolvedEntity> es = resolve(a, "Dover Ports/ORGANIZATION", "Delta Partners/ORGANIZATION",
        "DP/ORGANIZATION");
    assertThat(texts(named(es, "Dover Ports"))).containsExactly("Dover Ports", "DP");
    assertThat(texts(named(es, "Delta Partners"))).containsExactly("Delta Partners");
  }

  @Test
  void middleInitialsJoinTheFullerName() {
    Article a = Docs.article("Nina L. Khrushcheva wrote the essay. Nina Khrushcheva teaches in New York.");
    List<ResolvedEntity> es = resolve(a, "Nina L. Khrushcheva/PERSON", "Nina Khrushcheva/PERSON",
        "New York/LOCATION");
    assertThat(texts(named(es, "Nina L. Khrushcheva"))).containsExactly("Nina L. Khrushcheva", "Nina Khrushcheva");
    assertThat(named(es, "New York").subtype()).isEqualTo("CITY");
  }

  @Test
  void acronymsJoinTheirLongFormOrAWellKnownOne() {
    Article a = Docs.article("The United Nations met in Geneva. The UN said the US and the EU agreed,"
        + " and the Democratic Progress Alliance (DPA) objected. NATO was silent.");
    List<ResolvedEntity> es = resolve(a, "United Nations/ORGANIZATION", "Geneva/LOCATION", "UN/ORGANIZATION",
        "US/LOCATION", "EU/ORGANIZATION", "Democratic Progress Alliance/ORGANIZATION", "DPA/ORGANIZATION",
        "NATO/ORGANIZATION");
    ResolvedEntity un = named(es, "United Nations");
    assertThat(un.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(un.mentions()).extracting(ResolvedMention::kind).containsExactly(MentionKind.NAME, MentionKind.ACRONYM);
    ResolvedEntity us = named(es, "United States");
    assertThat(us.type()).isEqualTo(EntityType.LOCATION);
    assertThat(us.subtype()).isEqualTo("COUNTRY");
    assertThat(us.mentions().get(0).kind()).isEqualTo(MentionKind.ACRONYM);
    assertThat(named(es, "European Union").mentions().get(0).kind()).isEqualTo(MentionKind.ACRONYM);
    assertThat(texts(named(es, "Democratic Progress Alliance"))).containsExactly("Democratic Progress Alliance", "DPA");
    assertThat(named(es, "North Atlantic Treaty Organization").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void demonymsAndNationalitiesFoldIntoTheirPlace() {
    Article a = Docs.article("Russian troops left. Russia denied it. Imported North Korean labor is cheap in"
        + " North Korea. The Soviets and the post-Soviet elite agreed. The Soviet Union fell.");
    List<ResolvedEntity> es = resolve(a, "Russian/MISC", "Russia#1/LOCATION", "Imported North Korean/MISC",
        "North Korea#1/LOCATION", "Soviets/MISC", "post-Soviet/MISC", "Soviet Union/LOCATION");
    ResolvedEntity russia = named(es, "Russia");
    assertThat(russia.subtype()).isEqualTo("COUNTRY");
    assertThat(russia.mentions()).extracting(ResolvedMention::kind)
        .containsExactly(MentionKind.DEMONYM, MentionKind.NAME);
    assertThat(texts(named(es, "North Korea"))).containsExactly("North Korean", "North Korea");
    assertThat(texts(named(es, "Soviet Union"))).containsExactly("Soviets", "Soviet", "Soviet Union");
    assertThat(es).extracting(ResolvedEntity::type).doesNotContain(EntityType.MISC);
  }

  @Test
  void untaggedDemonymsAreFoundToo() {
    Article a = Docs.article("Ukrainian farmers protested.");
    List<ResolvedEntity> es = resolve(a);
    assertThat(named(es, "Ukraine").mentions().get(0).kind()).isEqualTo(MentionKind.DEMONYM);
  }

  @Test
  void quotedTitlesAreWorksOfArtAndHideTheNamesInside() {
    Article a = Docs.article("I thought of the satirical film \u2018The Death of Stalin\u2019 (2017), and of the"
        + " book \u201CHarbour Lights\u201D. He said it was \u201Cnot as friendly or as close\u201D as it seemed,"
        + " and couldn\u2019t say more.");
    List<ResolvedEntity> es = resolve(a, "Stalin/PERSON");
    ResolvedEntity film = named(es, "The Death of Stalin");
    assertThat(film.type()).isEqualTo(EntityType.WORK_OF_ART);
    assertThat(named(es, "Harbour Lights").type()).isEqualTo(EntityType.WORK_OF_ART);
    assertThat(es).hasSize(2);
  }

  @Test
  void oneNameTypedTwoWaysIsOneEntityTypedByVote() {
    Article a = Docs.article("He arrived at a station in Khasan. Khasan is close to the border.");
    List<ResolvedEntity> es = resolve(a, "Khasan/LOCATION", "Khasan#1/PERSON");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).type()).isEqualTo(EntityType.LOCATION);
    assertThat(es.get(0).mentions()).hasSize(2);
  }

  @Test
  void hyphenJoinedNamesAreSplitIntoTheirParts() {
    Article a = Docs.article("Vladimir Putin met Kim Jong-un. The Putin-Kim summit was short.");
    List<ResolvedEntity> es = resolve(a, "Vladimir Putin/PERSON", "Kim Jong-un/PERSON", "Putin-Kim/LOCATION");
    assertThat(texts(named(es, "Vladimir Putin"))).containsExactly("Vladimir Putin", "Putin");
    assertThat(texts(named(es, "Kim Jong-un"))).containsExactly("Kim Jong-un", "Kim");
    assertThat(es).hasSize(2);
  }

  @Test
  void datesNumbersAndMoneyAreNotEntities() {
    Article a = Docs.article("On Monday Ada Brandt paid 300 dollars.");
    List<ResolvedEntity> es = resolve(a, "Monday/DATE", "Ada Brandt/PERSON", "300 dollars/MONEY");
    assertThat(es).extracting(ResolvedEntity::name).containsExactly("Ada Brandt");
  }

  @Test
  void aMissedOneWordNameIsFoundFromTheFullName() {
    Article a = Docs.article("Chinese leader Xi Jinping visited. Nobody wants to anger Xi.");
    List<ResolvedEntity> es = resolve(a, "Xi Jinping/PERSON");
    assertThat(texts(named(es, "Xi Jinping"))).containsExactly("Xi Jinping", "Xi");
  }

  @Test
  void placesGetSubtypesFromTheGazetteer() {
    Article a = Docs.article("Putin visited Pyongyang, Ukraine and Central Asia, then Texas and Vostochny Cosmodrome.");
    List<ResolvedEntity> es = resolve(a, "Pyongyang/LOCATION", "Ukraine/LOCATION", "Central Asia/LOCATION",
        "Texas/LOCATION", "Vostochny Cosmodrome/LOCATION");
    assertThat(named(es, "Pyongyang").subtype()).isEqualTo("CITY");
    assertThat(named(es, "Ukraine").subtype()).isEqualTo("COUNTRY");
    assertThat(named(es, "Central Asia").subtype()).isEqualTo("REGION");
    assertThat(named(es, "Texas").subtype()).isEqualTo("STATE_OR_PROVINCE");
    assertThat(named(es, "Vostochny Cosmodrome").subtype()).isEqualTo("FACILITY");
  }

  @Test
  void initialsAndNormalisation() {
    assertThat(Names.initials("United Nations Security Council")).isEqualTo("UNSC");
    assertThat(Names.initials("Organization of the Petroleum Exporting Countries")).isEqualTo("OPEC");
    assertThat(Names.normalize("Putin\u2019s  \u201Cplan\u201D")).isEqualTo("Putin's \"plan\"");
    assertThat(Names.isAcronym("U.N.")).isTrue();
    assertThat(Names.isAcronym("Kim")).isFalse();
  }

  @Test
  void aPlaceNameTaggedAsAnOrganisationIsAnOrganisationButACountryStaysAPlace() {
    Article a = Docs.article("Chicago beat Boston in Chicago. Japan said Japan would help.");
    List<ResolvedEntity> es = resolve(a, "Chicago/ORGANIZATION", "Boston/ORGANIZATION", "Chicago#1/LOCATION",
        "Japan/ORGANIZATION", "Japan#1/LOCATION");
    List<ResolvedEntity> chicago = es.stream().filter(e -> e.name().equalsIgnoreCase("Chicago")).toList();
    assertThat(chicago).extracting(ResolvedEntity::type).containsExactlyInAnyOrder(EntityType.ORGANIZATION, EntityType.LOCATION);
    assertThat(named(es, "Boston").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "Japan").type()).isEqualTo(EntityType.LOCATION);
    assertThat(texts(named(es, "Japan"))).containsExactly("Japan", "Japan");
  }

  @Test
  void aMiscNameAroundADemonymKeepsItsWordsUnlessOnlyTheSentenceStartCapitalisesThem() {
    Article a = Docs.article("He won the American League title. Imported North Korean labor is cheap.",
        "Richard Finn spoke.");
    List<ResolvedEntity> es = resolve(a, "American League/MISC", "Imported North Korean/MISC",
        "Richard Finn/PERSON");
    assertThat(named(es, "American League").type()).isEqualTo(EntityType.MISC);
    assertThat(es).extracting(ResolvedEntity::name).doesNotContain("United States", "Finland");
    assertThat(texts(named(es, "North Korea"))).containsExactly("North Korean");
    assertThat(named(es, "Richard Finn").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aCapitalisedTheAndAClosedBracketStayInTheMention() {
    Article a = Docs.article("They met in The Hague and at the Oval. Buducnost (V) won.");
    List<ResolvedEntity> es = resolve(a, "The Hague/LOCATION", "the Oval/LOCATION", "Buducnost (V)/ORGANIZATION");
    assertThat(texts(named(es, "Hague"))).containsExactly("The Hague");
    assertThat(texts(named(es, "Oval"))).containsExactly("Oval");
    assertThat(texts(named(es, "Buducnost (V)"))).containsExactly("Buducnost (V)");
  }

  @Test
  void anUnknownNameTypedOrganisationAndLocationStaysOneEntityButAnAllCapsKnownCityIsTheTeam() {
    Article a = Docs.article("The Kremlin denied it. Inside the Kremlin, few agreed.", "CINCINNATI AT NEW YORK",
        "NEW YORK 66 67");
    List<ResolvedEntity> es = resolve(a, "Kremlin/ORGANIZATION", "Kremlin#1/LOCATION", "CINCINNATI/ORGANIZATION",
        "NEW YORK/LOCATION", "NEW YORK#1/ORGANIZATION");
    assertThat(es.stream().filter(e -> e.name().equals("Kremlin")).toList()).hasSize(1);
    assertThat(named(es, "New York").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "NEW YORK").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "CINCINNATI").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void onlyACapitalisedNameLosesTrailingLowerCaseWords() {
    assertThat(NameEvidence.withoutTrailingLowerCaseWords("Jiangsu province")).isEqualTo("Jiangsu");
    assertThat(NameEvidence.withoutTrailingLowerCaseWords("interior ministry")).isEqualTo("interior ministry");
    assertThat(NameEvidence.withoutTrailingLowerCaseWords("Buducnost (V)")).isEqualTo("Buducnost (V)");
  }
}
