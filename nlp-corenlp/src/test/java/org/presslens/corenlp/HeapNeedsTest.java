package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Config;

/** The engine's heap needs per layer set: the measured figures, without loading any model. */
class HeapNeedsTest {

  private static long mb(Set<NlpLayer<?>> layers) {
    CoreNlpEngineProvider provider = new CoreNlpEngineProvider();
    CoreNlpEngine engine = provider.create(Config.parse("nlp", provider.options(), Map.of()));
    return engine.requiredHeapBytes(layers) >> 20;
  }

  @Test
  void theMeasuredSetsGetTheirFigures() {
    assertThat(mb(Set.of(NlpLayer.TOKENS))).isEqualTo(128);
    assertThat(mb(Set.of(NlpLayer.SENTIMENT))).isEqualTo(864);
    assertThat(mb(Set.of(NlpLayer.NER))).isEqualTo(400);
    assertThat(mb(Set.of(NlpLayer.NER, NlpLayer.SENTIMENT))).isEqualTo(1_088);
  }

  @Test
  void unmeasuredSetsGetTheFigureOfTheSetTheyAreCountedAs() {
    assertThat(mb(Set.of(NlpLayer.PARSE))).isEqualTo(864);
    assertThat(mb(Set.of(NlpLayer.NER, NlpLayer.PARSE))).isEqualTo(1_088);
    assertThat(mb(Set.of(NlpLayer.POS, NlpLayer.LEMMA))).isEqualTo(128);
    assertThat(mb(Set.of())).isZero();
  }
}
