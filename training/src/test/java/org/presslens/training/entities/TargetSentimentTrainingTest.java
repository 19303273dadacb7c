package org.presslens.training.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.nlp.Polarity;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.training.newsmtsc.NewsMtsc;

class TargetSentimentTrainingTest {

  private static NlpDocument annotate(String sentence) {
    return new FakeNlpEngine().annotate(AnnotatedSentences.article(sentence), AnnotatedSentences.LAYERS);
  }

  @Test
  void featuresSeeTheTargetsNeighbourhoodRoleAndQuotation() {
    NlpDocument doc = annotate("Critics praised Brandt, but \"Reyes failed badly\" they said.");
    Map<String, Double> brandt = TargetSentimentTraining.features(doc, 16, 22);
    Map<String, Double> reyes = TargetSentimentTraining.features(doc, 29, 34);
    assertThat(brandt).containsKey("tw:brandt").containsKey("L3:praised").doesNotContainKey("q:target");
    assertThat(reyes).containsKey("tw:reyes").containsKey("R3:failed").containsKey("q:target");
    assertThat(brandt.get("polsum:L")).isPositive();
    assertThat(reyes.get("polsum:R")).isNegative();
    assertThat(TargetSentimentTraining.features(doc, 200, 210)).isNull();
  }

  @Test
  void trainingLearnsASeparableProblemAndTheModelRoundTrips(@TempDir Path dir) {
    List<TargetSentimentTraining.Example> examples = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      examples.add(new TargetSentimentTraining.Example(Map.of("bias", 1.0, "w:good", 1.0, "n" + i % 3, 1.0),
          Polarity.POSITIVE));
      examples.add(new TargetSentimentTraining.Example(Map.of("bias", 1.0, "w:bad", 1.0, "n" + i % 3, 1.0),
          Polarity.NEGATIVE));
      examples.add(new TargetSentimentTraining.Example(Map.of("bias", 1.0, "w:table", 1.0, "n" + i % 3, 1.0),
          Polarity.NEUTRAL));
    }
    TargetSentimentModel model = TargetSentimentTraining.train(examples,
        new TargetSentimentTraining.Params(0.1, 2, true, 100, false), List.of("unit test"));
    assertThat(model.predict(Map.of("bias", 1.0, "w:good", 1.0)).polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(model.predict(Map.of("bias", 1.0, "w:bad", 1.0)).polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(model.predict(Map.of("bias", 1.0, "w:table", 1.0)).polarity()).isEqualTo(Polarity.NEUTRAL);
    assertThat(model.predict(Map.of("bias", 1.0, "w:good", 1.0)).score()).isPositive();

    Path file = dir.resolve("m.gz");
    model.save(file);
    TargetSentimentModel back = TargetSentimentModel.load(file);
    assertThat(back.size()).isEqualTo(model.size());
    assertThat(back.notes()).contains("unit test");
    assertThat(back.predict(Map.of("bias", 1.0, "w:bad", 1.0)).probabilities()[0])
        .isCloseTo(model.predict(Map.of("bias", 1.0, "w:bad", 1.0)).probabilities()[0],
            org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void newsMtscLinesAreRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.jsonl");
    java.nio.file.Files.writeString(file, "{\"primary_gid\": \"g\", \"sentence_normalized\": \"Ada won.\","
        + " \"targets\": [{\"from\": 0, \"to\": 3, \"mention\": \"Ada\", \"polarity\": 6.0}]}\n\n");
    List<NewsMtsc.Item> items = NewsMtsc.read(file);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).targets().get(0).polarity()).isEqualTo(Polarity.POSITIVE);
    assertThat(NewsMtsc.polarity(2.0)).isEqualTo(Polarity.NEGATIVE);
    assertThat(NewsMtsc.polarity(4.0)).isEqualTo(Polarity.NEUTRAL);
  }

  @Test
  void annotationsAreCachedAndReused(@TempDir Path dir) {
    FakeNlpEngine engine = new FakeNlpEngine();
    Path cache = dir.resolve("c.jsonl.gz");
    AnnotatedSentences first = AnnotatedSentences.annotate(List.of("Ada won.", "Bo lost.", "Ada won."), engine,
        cache, 2, s -> { });
    assertThat(first.size()).isEqualTo(2);
    assertThat(engine.annotateCount()).isEqualTo(2);
    AnnotatedSentences second = AnnotatedSentences.annotate(List.of("Ada won.", "Cy drew."), engine, cache, 1,
        s -> { });
    assertThat(engine.annotateCount()).isEqualTo(3);
    assertThat(second.get("Ada won.")).isEqualTo(first.get("Ada won."));
    assertThat(second.get("Cy drew.").has(NlpLayer.SENTIMENT)).isTrue();
    assertThat(AnnotatedSentences.LAYERS).isEqualTo(Set.of(NlpLayer.NER, NlpLayer.SENTIMENT));
    Article a = AnnotatedSentences.article("x");
    assertThat(a.paragraphs()).isEmpty();
  }
}
