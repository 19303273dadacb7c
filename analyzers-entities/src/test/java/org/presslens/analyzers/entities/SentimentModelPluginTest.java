package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.analyzers.entities.sentiment.LinearTargetSentimentProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.SentimentLabel;
import org.presslens.pipeline.Pipeline;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigException;
import org.presslens.spi.ModelProviders;
import org.presslens.testing.FakeNlpEngine;

/** The targeted sentiment model seam: lookup by name, auto, the report's model name, one model call per article. */
class SentimentModelPluginTest {

  private static final EntitiesAnalyzerProvider PROVIDER = new EntitiesAnalyzerProvider();

  private static Config config(Map<String, ?> options) {
    return Config.parse("entities", PROVIDER.options(), options);
  }

  /** Counts its calls; predicts positive for a target whose text holds "Brandt", else negative. */
  private static final class CountingModel implements TargetSentimentModelProvider.Model {
    final List<List<SentimentTarget>> calls = new ArrayList<>();

    @Override
    public List<PolarityProbabilities> predict(List<SentimentTarget> targets) {
      calls.add(targets);
      return targets.stream().map(t -> t.sentenceText().substring(t.from(), t.to()).contains("Brandt")
          ? new PolarityProbabilities(0.1, 0.1, 0.8) : new PolarityProbabilities(0.7, 0.2, 0.1)).toList();
    }
  }

  @Test
  void withoutAnotherPluginAutoIsTheLinearModelAndAnUnknownNameListsTheAvailableOnes() {
    assertThat(EntitiesAnalyzerProvider.sentimentModel(config(Map.of())).name())
        .isEqualTo(LinearTargetSentimentProvider.NAME);
    assertThatThrownBy(() -> EntitiesAnalyzerProvider.sentimentModel(config(Map.of("sentimentModel", "encoder"))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no targeted sentiment model named 'encoder'")
        .hasMessageContaining("available: linear")
        .hasMessageContaining("presslens-encoder-models");
    assertThatThrownBy(() -> Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities")
        .option("entities.sentimentModel", "nope").build()).hasMessageContaining("named 'nope'");
  }

  @Test
  void aModelFileIsALinearModel() {
    assertThat(EntitiesAnalyzerProvider.sentimentModel(config(Map.of("model", "x.gz"))).name()).isEqualTo("linear");
    assertThatThrownBy(() -> EntitiesAnalyzerProvider.sentimentModel(
        config(Map.of("model", "x.gz", "sentimentModel", "encoder"))))
        .hasMessageContaining("'entities.model' is a file of the linear model");
  }

  @Test
  void autoTakesTheHighestRank() {
    TargetSentimentModelProvider better = new TargetSentimentModelProvider() {
      @Override public String name() { return "better"; }
      @Override public String description() { return "test"; }
      @Override public int rank() { return 5; }
      @Override public Model load() { throw new AssertionError("not loaded"); }
    };
    var models = ModelProviders.of("targeted sentiment model", "hint",
        List.of(new LinearTargetSentimentProvider(), better));
    assertThat(models.choose(ModelProviders.AUTO)).isSameAs(better);
    assertThat(models.choose("linear")).isInstanceOf(LinearTargetSentimentProvider.class);
    assertThat(models.names()).containsExactly("better", "linear");
  }

  @Test
  void theModelGetsAllScoredMentionsOfAnArticleInOneCallAndTheResultNamesIt() {
    Article article = Docs.article("Ada Brandt met Tom Reyes. \"Brandt lied,\" said Reyes. Brandt left.");
    NlpDocument nlp = Docs.doc(article, true, "Ada Brandt/PERSON", "Tom Reyes/PERSON", "Brandt#1/PERSON",
        "Reyes#1/PERSON", "Brandt#2/PERSON");
    CountingModel model = new CountingModel();
    EntitiesResult r = new EntitiesAnalyzer("counting", model).analyze(Docs.context(article, nlp));

    assertThat(model.calls).hasSize(1);
    assertThat(model.calls.get(0)).hasSize(5).extracting(SentimentTarget::quoted)
        .containsExactlyInAnyOrder(false, false, true, false, false);
    assertThat(r.sentimentModel()).isEqualTo("counting");
    var brandt = r.entities().stream().filter(e -> e.name().equals("Ada Brandt")).findFirst().orElseThrow();
    assertThat(brandt.namingMentions()).extracting(Mention::sentiment).allSatisfy(s -> {
      assertThat(s.label()).isEqualTo(SentimentLabel.POSITIVE);
      assertThat(s.score()).isEqualTo(0.7);
      assertThat(s.confidence()).isEqualTo(0.8);
    });
    var reyes = r.entities().stream().filter(e -> e.name().equals("Tom Reyes")).findFirst().orElseThrow();
    assertThat(reyes.sentiment().score()).isEqualTo(-0.6);

    new EntitiesAnalyzer("counting", model).analyze(Docs.context(article, nlp));
    assertThat(model.calls).hasSize(2);
  }

  @Test
  void pronounsAreScoredInTheSameCallWithThePronounAsTheTargetButNotCountedInTheAggregate() {
    Article article = Docs.article("Ada Brandt met the board. She resigned.");
    NlpDocument nlp = Docs.doc(article, true, "Ada Brandt/PERSON");
    CountingModel model = new CountingModel();
    EntitiesResult r = new EntitiesAnalyzer("counting", model).analyze(Docs.context(article, nlp));

    assertThat(model.calls).hasSize(1);
    assertThat(model.calls.get(0)).extracting(t -> t.sentenceText().substring(t.from(), t.to()))
        .containsExactly("Ada Brandt", "She");
    var brandt = r.entities().get(0);
    Mention she = brandt.mentions().stream().filter(m -> m.kind() == EntitiesResult.MentionKind.PRONOUN)
        .findFirst().orElseThrow();
    assertThat(she.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(she.sentiment().score()).isEqualTo(-0.6);
    // the entity's sentiment stays that of its naming mentions
    assertThat(brandt.sentiment().score()).isEqualTo(0.7);
    assertThat(brandt.sentiment().mentions()).isEqualTo(1);
  }

  @Test
  void noSentimentNoModelCallAndNoModelName() {
    Article article = Docs.article("Ada Brandt met Tom Reyes.");
    NlpDocument nlp = Docs.doc(article, false, "Ada Brandt/PERSON", "Tom Reyes/PERSON");
    EntitiesResult r = new EntitiesAnalyzer(null, null).analyze(Docs.context(article, nlp));
    assertThat(r.sentimentModel()).isNull();
    assertThat(r.entities()).allSatisfy(e -> assertThat(e.sentiment()).isNull());
  }

  @Test
  void theLinearModelNeedsTheSentimentLayerAndReportsItsName() {
    Pipeline pipeline = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("entities")
        .option("entities.sentimentModel", "linear").build();
    assertThat(pipeline.nlpLayers()).contains(NlpLayer.SENTIMENT);
    EntitiesResult r = (EntitiesResult) pipeline.analyze(Docs.article("Yesterday Ada Brandt praised Tom Reyes."))
        .results().get("entities");
    assertThat(r.sentimentModel()).isEqualTo("linear");
  }

  @Test
  void probabilitiesPickTheFirstMostProbablePolarity() {
    assertThat(new PolarityProbabilities(0.4, 0.4, 0.2).polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(new PolarityProbabilities(0.2, 0.3, 0.5).score()).isEqualTo(0.3);
    assertThat(PolarityProbabilities.of(new float[] {0.25f, 0.5f, 0.25f}).of(Polarity.NEUTRAL)).isEqualTo(0.5);
  }
}
