package org.presslens.models.encoder.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider.TopicProbabilities;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.engine.EncoderEngine;

class EncoderNgramTopicStanceProviderTest {

  /** A model that knows one topic and says {@code p} for any text, {@code q} for any sentence. */
  private record Fixed(String topic, TopicProbabilities p, TopicProbabilities q)
      implements TopicStanceModelProvider.Model {
    @Override
    public boolean knows(String t) {
      return t.equals(topic);
    }

    @Override
    public String id(String t) {
      return "fixed-" + t;
    }

    @Override
    public TopicProbabilities ofText(String t, Article article, NlpDocument nlp, List<Sentence> sentences) {
      return p;
    }

    @Override
    public TopicProbabilities ofSentence(String t, Article article, NlpDocument nlp, Sentence sentence) {
      return q;
    }
  }

  @Test
  void mixesTheTwoModelsWithTheWeightAndKnowsOnlyTheTopicsOfBoth() {
    var encoder = new Fixed("climate", new TopicProbabilities(0.2, 0.2, 0.6), new TopicProbabilities(1, 0, 0));
    var ngram = new Fixed("climate", new TopicProbabilities(0.6, 0.4, 0.0), new TopicProbabilities(0, 1, 0));
    var mixture = new EncoderNgramTopicStanceProvider.Mixture(encoder, ngram, 0.75);
    TopicProbabilities text = mixture.ofText("climate", null, NlpDocument.EMPTY, List.of());
    assertThat(text.none()).isCloseTo(0.3, within(1e-12));
    assertThat(text.against()).isCloseTo(0.25, within(1e-12));
    assertThat(text.favor()).isCloseTo(0.45, within(1e-12));
    TopicProbabilities sentence = mixture.ofSentence("climate", null, NlpDocument.EMPTY, null);
    assertThat(sentence.toArray()).containsExactly(0.75, 0.25, 0.0);
    assertThat(mixture.knows("climate")).isTrue();
    assertThat(new EncoderNgramTopicStanceProvider.Mixture(encoder, new Fixed("hillary", null, null), 0.5)
        .knows("climate")).isFalse();
    assertThat(mixture.id("climate")).isEqualTo("encoder-ngram-semeval2016-climate");
  }

  @Test
  void isFoundByServiceLoaderReadsTheEncoderLayerAndShipsTheWeightItsProvenanceChose() throws IOException {
    TopicStanceModelProvider p = ServiceLoader.load(TopicStanceModelProvider.class).stream()
        .map(ServiceLoader.Provider::get).filter(x -> x.name().equals("encoder-ngram")).findFirst().orElseThrow();
    assertThat(p.requires()).containsExactly(EncoderEngine.TOKEN_STATES);
    String provenance;
    try (InputStream in = EncoderNgramTopicStanceProvider.class.getResourceAsStream(
        EncoderTopicStanceProvider.RESOURCE_DIR + "topic-mixture.txt")) {
      provenance = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(provenance).contains(String.format(java.util.Locale.ROOT, "selected encoder weight: %.1f ",
        EncoderNgramTopicStanceProvider.ENCODER_WEIGHT));
  }
}
