package org.presslens.models.encoder.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider.TopicProbabilities;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.engine.EncodedSentences;
import org.presslens.nlp.encoder.engine.EncoderEngine;

class EncoderTopicStanceProviderTest {

  private static TokenStates states(float value) {
    int d = MiniLmEncoder.DIMENSION;
    float[] s = new float[3 * d];
    java.util.Arrays.fill(s, value);
    return new TokenStates(d, s, new int[3], new int[] {0, 4, 0}, new int[3], new boolean[] {true, false, true},
        false);
  }

  @Test
  void shipsOneHeadPerSemevalTopicOverTheEncoderLayer() {
    TopicStanceModelProvider p = ServiceLoader.load(TopicStanceModelProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(x -> x.name().equals("encoder")).findFirst().orElseThrow();
    assertThat(p.requires()).containsExactly(EncoderEngine.TOKEN_STATES);
    TopicStanceModelProvider.Model model = p.load();
    assertThat(EncoderTopicStanceProvider.TOPICS).allSatisfy(t -> assertThat(model.knows(t)).isTrue());
    assertThat(model.knows("cricket")).isFalse();
    assertThat(model.id("climate")).isEqualTo("encoder-semeval2016-climate");

    Article article = Article.builder().language("en").paragraph("Abcd. Efgh.").build();
    Sentence one = new Sentence(0, 0, 5, List.of(), null, null, false);
    Sentence two = new Sentence(1, 6, 11, List.of(), null, null, false);
    NlpDocument nlp = NlpDocument.EMPTY.with(EncoderEngine.TOKEN_STATES, new EncodedSentences(List.of(
        new EncodedSentences.Sentence(0, states(0.2f)), new EncodedSentences.Sentence(6, states(-0.2f)))));
    TopicProbabilities both = model.ofText("hillary", article, nlp, List.of(one, two));
    assertThat(both.none() + both.against() + both.favor()).isCloseTo(1.0, within(1e-5));
    assertThat(model.ofSentence("hillary", article, nlp, one)).isNotEqualTo(both);
    TopicProbabilities none = model.ofText("hillary", article, nlp, List.of());
    assertThat(none.none() + none.against() + none.favor()).isCloseTo(1.0, within(1e-5));
    assertThatThrownBy(() -> model.ofText("cricket", article, nlp, List.of(one))).hasMessageContaining("cricket");
  }
}
