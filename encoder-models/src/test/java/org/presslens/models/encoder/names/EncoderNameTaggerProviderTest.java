package org.presslens.models.encoder.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.TextEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.ner.NerTagger;
import org.presslens.nlp.encoder.ner.WordShape;
import org.presslens.pipeline.Pipeline;
import org.presslens.spi.ConfigException;
import org.presslens.spi.ModelProviders;
import org.presslens.testing.FakeNlpEngine;

/**
 * The encoder name tagger on fakes: found and chosen by auto, never loaded unless selected, one encoder call per
 * article, one score row per token, and the NER-layer weights of its head file.
 */
class EncoderNameTaggerProviderTest {

  private static final String ARTICLE = "Yesterday Ada Brandt met the mayor. Later Brandt left.";

  /** A width-1 fake encoder: CLS, then one piece per space-separated word, whose state is 1 when it is capitalised. */
  private static final class CountingEncoder implements TextEncoder {
    final List<List<EncoderInput>> calls = new ArrayList<>();

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public int maxTokens() {
      return 256;
    }

    @Override
    public List<TokenStates> encode(List<EncoderInput> inputs) {
      calls.add(inputs);
      List<TokenStates> out = new ArrayList<>();
      for (EncoderInput in : inputs) {
        String text = in.text();
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
          int j = i;
          while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            j++;
          }
          if (j > i) {
            words.add(new int[] {i, j});
          }
          i = j + 1;
        }
        int n = words.size() + 2;
        float[] states = new float[n];
        int[] begins = new int[n];
        int[] ends = new int[n];
        boolean[] special = new boolean[n];
        special[0] = true;
        special[n - 1] = true;
        for (int w = 0; w < words.size(); w++) {
          begins[w + 1] = words.get(w)[0];
          ends[w + 1] = words.get(w)[1];
          states[w + 1] = Character.isUpperCase(text.charAt(words.get(w)[0])) ? 1 : 0;
        }
        out.add(new TokenStates(1, states, begins, ends, new int[n], special, false));
      }
      return out;
    }
  }

  @Test
  void isFoundAndChosenByAutoWithoutBeingLoaded() {
    var taggers = ModelProviders.discover(NameTaggerProvider.class, "name tagger", "");
    assertThat(taggers.names()).containsExactly("encoder");
    assertThat(taggers.choose(ModelProviders.AUTO)).isInstanceOf(EncoderNameTaggerProvider.class);
    Pipeline auto = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities").build();
    assertThat(auto.nlpLayers()).contains(NlpLayer.NER);
    assertThat(EncoderNameTaggerProvider.loads()).isZero();
  }

  @Test
  void withNoneTheTaggerIsNeverLoadedAndAnUnknownNameSaysWhatThereIs() {
    Pipeline none = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities")
        .option("entities.nameTagger", "none").option("entities.sentimentModel", "linear").build();
    var report = none.analyze(Article.builder().language("en").paragraph(ARTICLE).build());
    assertThat(report.failures()).isEmpty();
    assertThat(EncoderNameTaggerProvider.loads()).isZero();
    assertThatThrownBy(() -> Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities")
        .option("entities.nameTagger", "crf").build().analyze(Article.builder().language("en").paragraph(ARTICLE)
            .build()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("crf").hasMessageContaining("encoder");
  }

  @Test
  void oneEncoderCallPerArticleAndOneScoreRowPerToken() {
    CountingEncoder encoder = new CountingEncoder();
    int width = 1 + WordShape.SIZE;
    float[] w = new float[width * NerTagger.LABELS];
    w[1] = 8; // state 1 (a capitalised word) votes B-PER
    EncoderWeights head = new EncoderWeights(Map.of(
        "head.w1", new EncoderWeights.Tensor(new long[] {width, NerTagger.LABELS}, w),
        "head.b1", new EncoderWeights.Tensor(new long[] {NerTagger.LABELS}, new float[] {4, 0, 0, 0, 0, 0, 0, 0, 0}),
        NerTagger.NER_LAYER_BONUS, new EncoderWeights.Tensor(new long[] {2}, new float[] {6, 4})));
    EncoderNameTagger model = new EncoderNameTagger(encoder, new NerTagger(head, 1));
    Article article = Article.builder().language("en").paragraph(ARTICLE).build();
    NlpDocument nlp = new FakeNlpEngine().annotate(article, java.util.Set.of(NlpLayer.TOKENS));

    List<float[]> scores = model.logProbabilities(article, nlp);

    assertThat(encoder.calls).hasSize(1);
    assertThat(encoder.calls.get(0)).hasSize(nlp.sentences().size());
    assertThat(scores).hasSize(nlp.sentences().size());
    for (int s = 0; s < scores.size(); s++) {
      assertThat(scores.get(s)).hasSize(nlp.sentences().get(s).tokens().size() * NerTagger.LABELS);
    }
    // "Ada" (token 1 of the first sentence) is B-PER, "met" (token 3) is O
    float[] first = scores.get(0);
    assertThat(first[NerTagger.LABELS + 1]).isGreaterThan(first[NerTagger.LABELS]);
    assertThat(first[3 * NerTagger.LABELS]).isGreaterThan(first[3 * NerTagger.LABELS + 1]);
    assertThat(model.nerLayerBonus()).isEqualTo(new NameTaggerProvider.Bonus(6, 4));
  }
}
