package org.presslens.training.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;

class SemevalPluginEvaluationTest {

  private static final NlpLayer<String> EXTRA = NlpLayer.of("test:extra", String.class);

  /** An engine producing {@code layers}: the built-in ones as an empty document, {@link #EXTRA} as its input's size. */
  private record Fake(String name, Set<NlpLayer<?>> produces) implements NlpEngine {
    @Override
    public Set<String> languages() {
      return Set.of("en");
    }

    @Override
    public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
      assertThat(produces).containsAll(layers);
      return layers.contains(EXTRA) ? NlpDocument.EMPTY.with(EXTRA, "after " + input.layers().size() + " layers")
          : new NlpDocument(layers, List.of(), List.of());
    }
  }

  @Test
  void annotatesTheBuiltInLayersThenEachExtraLayerWithTheEngineThatProducesIt() {
    NlpEngine base = new Fake("base", Set.copyOf(NlpLayer.BUILT_IN));
    NlpEngine extra = new Fake("extra", Set.of(EXTRA));
    Article article = AnnotatedTexts.article("A tweet.");
    NlpDocument doc = SemevalPluginEvaluation.annotate(List.of(extra, base), article, Set.of(EXTRA));
    assertThat(doc.layers()).containsAll(AnnotatedTexts.LAYERS).contains(EXTRA);
    assertThat(doc.layer(EXTRA)).isEqualTo("after " + AnnotatedTexts.LAYERS.size() + " layers");
    assertThat(SemevalPluginEvaluation.annotate(List.of(base), article, Set.of()).layers())
        .doesNotContain(EXTRA);
    assertThatThrownBy(() -> SemevalPluginEvaluation.annotate(List.of(base), article, Set.of(EXTRA)))
        .hasMessageContaining("test:extra");
  }
}
