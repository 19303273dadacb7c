package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.io.PlainTextReader;
import org.presslens.model.Article;
import org.presslens.report.AnalysisReport;

/**
 * Issue #19's entity cases on the real NLP layer, on text written for the test: a magazine the NER layer tags as a
 * person, a slogan on its name tagged as a person, and an outlet's name glued to a person's surname.
 */
class NamesThatAreNotPeopleIT {

  private static EntitiesResult entities(String text) {
    Article article = new PlainTextReader().read("case.txt", text.getBytes(StandardCharsets.UTF_8));
    AnalysisReport report = SharedPipeline.PIPELINE.analyze(article);
    assertThat(report.failures()).isEmpty();
    return (EntitiesResult) report.results().get("entities");
  }

  @Test
  void aMagazineIsAnOrganisationAndASloganOnItsNameNoPerson() {
    EntitiesResult r = entities("After the attack, Paris stood with the cartoonists\n\n"
        + "Gunmen forced their way into the offices of Charlie Hebdo on Wednesday and killed twelve people. The"
        + " Charlie Hebdo cartoonists had been threatened for years.\n\n"
        + "Je Suis Charlie, wrote thousands that night on signs and screens. The slogan spread across the world within"
        + " hours.\n\n"
        + "Charlie Hebdo will publish next week, its surviving staff say, and Charlie Hebdo's cover will again mock"
        + " the powerful. It has never bowed to threats, and it should not start now.\n");
    Entity magazine = r.entities().stream().filter(e -> e.name().equals("Charlie Hebdo")).findFirst().orElseThrow();
    assertThat(magazine.type()).isEqualTo("ORGANIZATION");
    assertThat(r.entities()).filteredOn(e -> e.name().contains("Suis"))
        .allSatisfy(e -> assertThat(e.type()).isNotEqualTo("PERSON"));
  }

  @Test
  void anOutletGluedToAPersonsSurnameIsTwoEntities() {
    String text = "The chief, the book and the newspaper\n\n"
        + "The story first appeared in a local paper. GA Voice Cochran reported that the chief had handed out his book"
        + " at work, and the city took it from there.\n\n"
        + "The GA Voice is a small Atlanta weekly. Its report quoted two employees. Kelvin Cochran, the fire chief,"
        + " said he had only given the book to colleagues who asked.\n\n"
        + "Cochran has since been dismissed. The GA Voice story was fair to him, but the city was not.\n";
    EntitiesResult r = entities(text);
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("GA Voice Cochran");
    Entity outlet = r.entities().stream().filter(e -> e.name().equals("GA Voice")).findFirst().orElseThrow();
    Entity person = r.entities().stream().filter(e -> e.name().equals("Kelvin Cochran")).findFirst().orElseThrow();
    assertThat(outlet.type()).isEqualTo("ORGANIZATION");
    assertThat(person.type()).isEqualTo("PERSON");
    int glued = text.indexOf("GA Voice Cochran") - "The chief, the book and the newspaper\n\n".length();
    assertThat(outlet.mentions()).extracting(Mention::begin).contains(glued);
    assertThat(person.mentions()).extracting(Mention::begin).contains(glued + "GA Voice ".length());
  }
}
