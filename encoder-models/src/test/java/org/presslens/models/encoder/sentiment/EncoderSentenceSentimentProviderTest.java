package org.presslens.models.encoder.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.engine.EncodedSentences;
import org.presslens.nlp.encoder.engine.EncoderEngine;

class EncoderSentenceSentimentProviderTest {

  /** [CLS] one token [SEP] with states {@code value} everywhere (the shipped head on made-up states). */
  private static TokenStates states(float value) {
    int d = MiniLmEncoder.DIMENSION;
    float[] s = new float[3 * d];
    java.util.Arrays.fill(s, value);
    return new TokenStates(d, s, new int[] {0, 0, 0}, new int[] {0, 4, 0}, new int[3],
        new boolean[] {true, false, true}, false);
  }

  private static Sentence sentence(int begin) {
    return new Sentence(0, begin, begin + 4, List.of(), null, null, false);
  }

  @Test
  void isFoundByServiceLoaderAndReadsTheEncoderLayer() {
    SentenceSentimentModelProvider p = ServiceLoader.load(SentenceSentimentModelProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(x -> x.name().equals("encoder")).findFirst().orElseThrow();
    assertThat(p.requires()).containsExactly(EncoderEngine.TOKEN_STATES);
    assertThat(p.rank()).isZero(); // an option, not the auto default (see RANK)
  }

  @Test
  void theShippedHeadGivesOnePolarityPerSentenceFoundByItsBegin() {
    NlpDocument nlp = NlpDocument.EMPTY.with(EncoderEngine.TOKEN_STATES, new EncodedSentences(List.of(
        new EncodedSentences.Sentence(0, states(0.1f)), new EncodedSentences.Sentence(10, states(-0.3f)))));
    SentenceSentimentModelProvider.Model model = new EncoderSentenceSentimentProvider().load();
    List<PolarityProbabilities> p = model.predict(nlp, List.of(sentence(10), sentence(0)));
    assertThat(p).hasSize(2);
    for (PolarityProbabilities q : p) {
      assertThat(q.negative() + q.neutral() + q.positive()).isCloseTo(1.0, within(1e-5));
    }
    assertThat(p.get(0)).isNotEqualTo(p.get(1));
    assertThat(model.predict(nlp, List.of(sentence(0))).get(0)).isEqualTo(p.get(1));
    assertThatThrownBy(() -> model.predict(nlp, List.of(sentence(5)))).isInstanceOf(EncoderException.class)
        .hasMessageContaining("no sentence at 5");
  }
}
