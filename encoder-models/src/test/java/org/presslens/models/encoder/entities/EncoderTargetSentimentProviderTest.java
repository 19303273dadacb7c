package org.presslens.models.encoder.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.TextEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.targeted.TargetedSentiment;
import org.presslens.pipeline.Pipeline;
import org.presslens.spi.ModelProviders;
import org.presslens.testing.FakeNlpEngine;

/**
 * The encoder plugin on fakes: found and chosen by auto, needs no parse, never loaded unless selected, and one encoder
 * call for all the targets of an article.
 */
class EncoderTargetSentimentProviderTest {

  private static final String ARTICLE = "Yesterday Ada Brandt praised Tom Reyes. Later Mr Brandt thanked Reyes.";

  /** A width-1 fake encoder: CLS, then the whole text as one token; CLS's state is 1 when the text says "praised". */
  private static final class CountingEncoder implements TextEncoder {
    final List<List<EncoderInput>> calls = new ArrayList<>();

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public int maxTokens() {
      return TargetedSentiment.MAX_TOKENS;
    }

    @Override
    public List<TokenStates> encode(List<EncoderInput> inputs) {
      calls.add(inputs);
      return inputs.stream().map(in -> new TokenStates(1, new float[] {in.text().contains("praised") ? 1 : 0, 0},
          new int[] {0, 0}, new int[] {0, in.text().length()}, new int[2], new boolean[] {true, false}, false))
          .toList();
    }
  }

  @Test
  void isFoundRanksAboveLinearAndNeedsNoParse() {
    var models = ModelProviders.discover(TargetSentimentModelProvider.class, "targeted sentiment model", "");
    assertThat(models.names()).containsExactly("encoder", "linear");
    assertThat(models.choose(ModelProviders.AUTO)).isInstanceOf(EncoderTargetSentimentProvider.class);
    Pipeline auto = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities").build();
    assertThat(auto.nlpLayers()).contains(NlpLayer.NER).doesNotContain(NlpLayer.PARSE, NlpLayer.SENTIMENT);
    assertThat(EncoderTargetSentimentProvider.loads()).isZero();
  }

  @Test
  void withTheLinearModelTheEncoderIsNeverLoaded() {
    Pipeline linear = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities")
        .option("entities.sentimentModel", "linear").build();
    assertThat(linear.nlpLayers()).contains(NlpLayer.SENTIMENT);
    Article article = Article.builder().language("en").paragraph(ARTICLE).build();
    var report = linear.analyze(article);
    assertThat(report.failures()).isEmpty();
    assertThat(((EntitiesResult) report.results().get("entities")).sentimentModel()).isEqualTo("linear");
    assertThat(EncoderTargetSentimentProvider.loads()).isZero();
  }

  @Test
  void oneEncoderCallForAllTargetsOfAnArticle() {
    CountingEncoder encoder = new CountingEncoder();
    // features [CLS, target mean]: the positive logit is 5 * CLS
    EncoderWeights head = new EncoderWeights(Map.of(
        TargetedSentiment.HEAD_WEIGHT, new EncoderWeights.Tensor(new long[] {2, 3}, new float[] {0, 0, 5, 0, 0, 0}),
        TargetedSentiment.HEAD_BIAS, new EncoderWeights.Tensor(new long[] {3}, new float[3])));
    EncoderTargetSentiment model = new EncoderTargetSentiment(new TargetedSentiment(encoder, head));
    Article article = Article.builder().language("en").paragraph(ARTICLE).build();
    NlpDocument nlp = new FakeNlpEngine().annotate(article, java.util.Set.of(NlpLayer.TOKENS));
    Sentence first = nlp.sentences().get(0);
    Sentence second = nlp.sentences().get(1);
    String text1 = ARTICLE.substring(first.begin(), first.end());
    String text2 = ARTICLE.substring(second.begin(), second.end());
    List<SentimentTarget> targets = List.of(
        new SentimentTarget(first, text1, 10, 20, 1, 3, false),
        new SentimentTarget(first, text1, 29, 38, 4, 6, false),
        new SentimentTarget(second, text2, second.begin() + 9, second.begin() + 15, 2, 3, false));

    List<PolarityProbabilities> p = model.predict(targets);

    assertThat(encoder.calls).hasSize(1);
    assertThat(encoder.calls.get(0)).containsExactly(EncoderInput.pair(text1, "Ada Brandt"),
        EncoderInput.pair(text1, "Tom Reyes"), EncoderInput.pair(text2, "Brandt"));
    assertThat(p).hasSize(3);
    assertThat(p.get(0).polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(p.get(2).polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(p.get(2).negative()).isEqualTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
  }
}
