package org.presslens.analyzers.stance.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.presslens.model.Span;

class DefaultTargetsTest {

  private static Target target(String text, String name, String type, String written) {
    List<Span> spans = new ArrayList<>();
    Matcher m = Pattern.compile(Pattern.quote(written)).matcher(text);
    while (m.find()) {
      spans.add(new Span(m.start(), m.end()));
    }
    return new Target(name, type.toLowerCase() + ":" + name, type, spans, null, 1);
  }

  @Test
  void aOneMentionBystanderIsNoTarget() {
    String text = "Chief Ray Olsen was suspended on Monday. Miss Maddie's house was on fire when Olsen arrived."
        + " Olsen put it out, and for that the city has punished Olsen.";
    Target olsen = target(text, "Ray Olsen", "PERSON", "Olsen");
    Target maddie = target(text, "Maddie", "PERSON", "Maddie");
    assertThat(DefaultTargets.filter(List.of(olsen, maddie), List.of(olsen, maddie), text))
        .extracting(Target::name).containsExactly("Ray Olsen");
  }

  @Test
  void aNameGluedToAnOrganisationsNameIsAFragment() {
    String text = "The Harbor Voice reported it first. Harbor Voice Delaney wrote that the mayor lied, and"
        + " Harbor Voice Delaney was right. The Harbor Voice stands by her.";
    Target paper = target(text, "Harbor Voice", "ORGANIZATION", "Harbor Voice");
    Target glued = target(text, "Harbor Voice Delaney", "PERSON", "Harbor Voice Delaney");
    assertThat(DefaultTargets.filter(List.of(glued, paper), List.of(glued, paper), text))
        .extracting(Target::name).containsExactly("Harbor Voice");
  }

  @Test
  void aMagazineTaggedAsAPersonIsAnOrganisationAndTheSloganNoTarget() {
    String text = "Gunmen stormed the Charlie Hebdo offices. Je Suis Charlie, wrote thousands that night."
        + " Charlie Hebdo magazine will print next week, and Charlie Hebdo staff say they will not be cowed.";
    Target magazine = target(text, "Charlie Hebdo", "PERSON", "Charlie Hebdo");
    Target slogan = target(text, "Suis Charlie", "PERSON", "Suis Charlie");
    List<Target> out = DefaultTargets.filter(List.of(magazine, slogan), List.of(magazine, slogan),
        text);
    assertThat(out).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("Charlie Hebdo");
      assertThat(t.type()).isEqualTo("ORGANIZATION");
    });
  }
}
