package org.presslens.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TestArticles;

/** The document's typed layers, and its JSON (annotation caches), old layer names included. */
class NlpDocumentTest {

  private static final NlpLayer<String> NOTE = NlpLayer.of("test:note", String.class);

  @Test
  void layersAreReadByKeyAndAMissingOneIsAClearError() {
    NlpDocument doc = new FakeNlpEngine().annotate(TestArticles.english(), Set.of(NlpLayer.NER)).with(NOTE, "hi");
    assertThat(doc.layer(NOTE)).isEqualTo("hi");
    assertThat(doc.layer(NlpLayer.TOKENS)).isSameAs(doc.sentences());
    assertThat(doc.layer(NlpLayer.NER)).isSameAs(doc.mentions());
    assertThatThrownBy(() -> doc.layer(NlpLayer.PARSE)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the NLP layer nlp:parse was not computed for this article");
    assertThatThrownBy(() -> doc.with(NOTE, "again")).hasMessage("the layer test:note is already present");
    assertThatThrownBy(() -> new NlpDocument(Set.of(NOTE), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NlpLayer.of("nlp:mine", String.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBaseModelRoundTripsAsJsonAndOldLayerNamesStillRead() {
    NlpDocument doc = new FakeNlpEngine().annotate(TestArticles.english(), Set.of(NlpLayer.NER));
    String json = PresslensJson.mapper().writeValueAsString(doc);
    assertThat(json).startsWith("{\"layers\":[\"nlp:").contains("\"nlp:ner\"");
    assertThat(PresslensJson.mapper().readValue(json, NlpDocument.class)).isEqualTo(doc);

    NlpDocument old = PresslensJson.mapper().readValue("{\"layers\":[\"TOKENS\"],\"sentences\":[],\"mentions\":[]}",
        NlpDocument.class);
    assertThat(old.layers()).containsExactly(NlpLayer.TOKENS);
  }
}
