package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analyzers.entities.EntityResolver.ResolvedEntity;
import org.presslens.analyzers.entities.EntityResolver.ResolvedMention;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;

class ReferencesTest {

  /** The references of each entity as "text@offset", by entity name. */
  private static java.util.Map<String, List<String>> references(Article a, String... mentions) {
    NlpDocument nlp = Docs.doc(a, false, mentions);
    List<ResolvedEntity> entities = new EntityResolver().resolve(a, nlp);
    List<List<ResolvedMention>> refs = References.find(a, nlp, entities, QuoteSpans.of(a));
    java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      for (ResolvedMention m : refs.get(i)) {
        assertThat(a.text().substring(m.begin(), m.end())).isEqualTo(m.text());
        out.computeIfAbsent(entities.get(i).name(), k -> new java.util.ArrayList<>())
            .add(m.text() + "@" + m.begin() + ":" + m.kind());
      }
    }
    return out;
  }

  @Test
  void aPronounRefersToThePersonNamedLastInTheAuthorsVoice() {
    Article a = Docs.article("Mayor Helen Okafor opened the line. She said it was late, and her critics agreed.",
        "She was not there. Later John Brown arrived; his car was red.");
    String text = a.text();
    var refs = references(a, "Helen Okafor/PERSON", "John Brown/PERSON");
    assertThat(refs.get("Helen Okafor")).containsExactly("She@" + text.indexOf("She") + ":PRONOUN",
        "her@" + text.indexOf("her ") + ":PRONOUN", "She@" + text.lastIndexOf("She") + ":PRONOUN");
    assertThat(refs.get("John Brown")).containsExactly("his@" + text.indexOf("his") + ":PRONOUN");
  }

  @Test
  void twoPeopleInOneSentenceOrAQuotationGiveNoPronoun() {
    Article a = Docs.article("Kim Jong-un met Vladimir Putin. He smiled.",
        "Xi Jinping spoke. \"He is wrong,\" a critic said of Joe Smith.");
    var refs = references(a, "Kim Jong-un/PERSON", "Vladimir Putin/PERSON", "Xi Jinping/PERSON", "Joe Smith/PERSON");
    assertThat(refs).isEmpty();
  }

  @Test
  void aPronounTwoParagraphsAwayIsNotAttributed() {
    Article a = Docs.article("Helen Okafor spoke.", "The line was late.", "She left.");
    assertThat(references(a, "Helen Okafor/PERSON")).isEmpty();
  }

  @Test
  void itsGoesToTheOrganisationNamedLastUnlessAPlaceCameAfterIt() {
    Article a = Docs.article("The Westbridge Council met and its members voted.",
        "The Westbridge Council wrote to Russia and its allies.");
    String text = a.text();
    var refs = references(a, "Westbridge Council/ORGANIZATION", "Westbridge Council#1/ORGANIZATION",
        "Russia/LOCATION");
    assertThat(refs.get("Westbridge Council")).containsExactly("its@" + text.indexOf("its") + ":PRONOUN");
    assertThat(refs).doesNotContainKey("Russia");
  }

  @Test
  void theTitleWrittenBeforeOnePersonsNameIsANominalOfThatPerson() {
    Article a = Docs.article("Mayor Helen Okafor opened the line. Critics say the mayor ignored them.",
        "The president of the club disagreed, and the mayor left.");
    String text = a.text();
    var refs = references(a, "Helen Okafor/PERSON");
    assertThat(refs.get("Helen Okafor")).containsExactly(
        "the mayor@" + text.indexOf("the mayor") + ":NOMINAL",
        "the mayor@" + text.lastIndexOf("the mayor") + ":NOMINAL");
  }

  @Test
  void aTitleTwoPeopleCarryIsNoNominal() {
    Article a = Docs.article("Mayor Helen Okafor met Mayor John Brown. Then the mayor left.");
    var refs = references(a, "Helen Okafor/PERSON", "John Brown/PERSON");
    assertThat(refs).isEmpty();
    assertThat(MentionKind.NOMINAL.refersBack()).isTrue();
    assertThat(MentionKind.ALIAS.refersBack()).isFalse();
  }
}
