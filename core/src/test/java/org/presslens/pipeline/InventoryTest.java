package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.CapitalisedCountProvider;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.TokenShapesEngine;

class InventoryTest {

  private final FakeNlpEngine base = FakeNlpEngine.supporting(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA);
  private final TokenShapesEngine shapes = new TokenShapesEngine();

  @Test
  void listsEachEnginesDeclarationsWithoutAnnotating() {
    Inventory inventory = Inventory.of(AnalyzerRegistry.of(), List.of(base, shapes));
    assertThat(inventory.engines()).containsExactly(
        new Inventory.Engine("fake", List.of("nlp:lemma", "nlp:pos", "nlp:tokens"), List.of(), List.of("en"), 0),
        new Inventory.Engine("shapes", List.of("test:token-shapes"), List.of("nlp:tokens"), List.of(), 0));
    assertThat(base.annotateCount()).isZero();
    assertThat(shapes.annotateCount()).isZero();
  }

  @Test
  void anAnalyzersLayersIncludeTheImpliedOnesAndThoseOfTheAnalyzersItRequiresEachWithItsProducers() {
    FakeAnalyzerProvider<Object> lemmas = FakeAnalyzerProvider.builder("lemmas").requires(NlpLayer.LEMMA).build();
    FakeAnalyzerProvider<Object> reader = FakeAnalyzerProvider.builder("reader").requiresResult("capitalised-count")
        .requiresResult("lemmas").requires(NlpLayer.NER).build();
    Inventory inventory = Inventory.of(AnalyzerRegistry.of(new CapitalisedCountProvider(), lemmas, reader),
        List.of(base, shapes));

    Inventory.Analyzer capitalised = analyzer(inventory, CapitalisedCountProvider.NAME);
    assertThat(capitalised.problem()).isNull();
    assertThat(capitalised.layers()).containsExactly(
        new Inventory.Layer("test:token-shapes", List.of("capitalised-count"), List.of("shapes")));

    Inventory.Analyzer r = analyzer(inventory, "reader");
    assertThat(r.problem()).isNull();
    assertThat(r.layers()).containsExactlyInAnyOrder(
        new Inventory.Layer("test:token-shapes", List.of("capitalised-count"), List.of("shapes")),
        new Inventory.Layer("nlp:lemma", List.of("lemmas", "reader"), List.of("fake")),
        new Inventory.Layer("nlp:pos", List.of("lemmas", "reader"), List.of("fake")),
        new Inventory.Layer("nlp:tokens", List.of("lemmas", "reader"), List.of("fake")),
        new Inventory.Layer("nlp:ner", List.of("reader"), List.of()));
  }

  @Test
  void anAnalyzerWhoseRequiredAnalyzerIsMissingKeepsItsOwnLayersAndSaysWhy() {
    FakeAnalyzerProvider<Object> orphan = FakeAnalyzerProvider.builder("orphan").requiresResult("absent")
        .requires(NlpLayer.POS).build();
    Inventory.Analyzer a = analyzer(Inventory.of(AnalyzerRegistry.of(orphan), List.of(base)), "orphan");
    assertThat(a.problem()).contains("result:absent", "no analyzer on the class path produces");
    assertThat(a.layers()).extracting(Inventory.Layer::id).containsExactlyInAnyOrder("nlp:pos", "nlp:tokens");
    assertThat(a.layers()).allSatisfy(l -> assertThat(l.producedBy()).containsExactly("fake"));
  }

  private static Inventory.Analyzer analyzer(Inventory inventory, String name) {
    return inventory.analyzers().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }
}
