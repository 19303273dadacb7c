package org.presslens.training.sentiment;

import org.presslens.nlp.Polarity;
import org.presslens.training.newsmtsc.NewsMtsc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.sentiment.api.SentimentResult.DocumentSentiment;
import org.presslens.analyzers.sentiment.api.SentimentResult.SentenceSentiment;
import org.presslens.model.Article;
import org.presslens.nlp.SentimentLabel;
import org.presslens.pipeline.Pipeline;
import org.presslens.testing.FakeNlpEngine;

class SentimentEvaluationTest {

  // Invented lines in the NewsMTSC format.
  private static final String JSONL = String.join("\n",
      "{\"primary_gid\":\"a\",\"sentence_normalized\":\"The mayor praised the engineers.\",\"targets\":["
          + "{\"Input.gid\":\"a\",\"from\":4,\"to\":9,\"mention\":\"mayor\",\"polarity\":6.0}]}",
      "{\"primary_gid\":\"b\",\"sentence_normalized\":\"Critics attacked the mayor and the  engineers.\",\"targets\":["
          + "{\"from\":0,\"to\":7,\"polarity\":2.0},{\"from\":21,\"to\":26,\"polarity\":2.0}]}",
      "",
      "{\"primary_gid\":\"c\",\"sentence_normalized\":\"Okafor beat Ashworth.\",\"targets\":["
          + "{\"from\":0,\"to\":6,\"polarity\":6.0},{\"from\":12,\"to\":20,\"polarity\":2.0}]}",
      "{\"primary_gid\":\"d\",\"sentence_normalized\":\"The council met on Tuesday.\",\"targets\":["
          + "{\"from\":4,\"to\":11,\"polarity\":4.0}]}");

  @Test
  void readsSentencesWhoseTargetsAgreeAndSkipsTheOthers() throws Exception {
    NewsMtsc.Sentences d = NewsMtsc.sentences(NewsMtsc.read(new StringReader(JSONL), "test"));
    assertThat(d.lines()).isEqualTo(4);
    assertThat(d.skipped()).isEqualTo(1);
    assertThat(d.items()).extracting(NewsMtsc.Sentence::id).containsExactly("a", "b", "d");
    assertThat(d.items()).extracting(NewsMtsc.Sentence::gold)
        .containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEUTRAL);
    Article article = d.items().get(1).article();
    assertThat(article.text()).isEqualTo("Critics attacked the mayor and the engineers.");
    assertThat(article.paragraphs()).hasSize(1);
  }

  @Test
  void rejectsBrokenLinesNamingThem() {
    assertThatThrownBy(() -> NewsMtsc.read(new StringReader("{\"sentence_normalized\":\"x\",\"targets\":["
        + "{\"polarity\":5.0}]}"), "file.jsonl")).hasMessageContaining("file.jsonl:1");
    assertThatThrownBy(() -> NewsMtsc.read(new StringReader("not json"), "f")).hasMessageContaining("f:1");
  }

  @Test
  void mapsFiveLabelsToThree() {
    assertThat(Polarity.of(SentimentLabel.VERY_NEGATIVE)).isEqualTo(Polarity.NEGATIVE);
    assertThat(Polarity.of(SentimentLabel.NEGATIVE)).isEqualTo(Polarity.NEGATIVE);
    assertThat(Polarity.of(SentimentLabel.NEUTRAL)).isEqualTo(Polarity.NEUTRAL);
    assertThat(Polarity.of(SentimentLabel.MIXED)).isEqualTo(Polarity.NEUTRAL);
    assertThat(Polarity.of(SentimentLabel.POSITIVE)).isEqualTo(Polarity.POSITIVE);
    assertThat(Polarity.of(SentimentLabel.VERY_POSITIVE)).isEqualTo(Polarity.POSITIVE);
    assertThat(NewsMtsc.polarity(2.0)).isEqualTo(Polarity.NEGATIVE);
    assertThat(NewsMtsc.polarity(4.0)).isEqualTo(Polarity.NEUTRAL);
    assertThat(NewsMtsc.polarity(6.0)).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void predictsFromTheSentenceOrFromTheDocumentWhenSplit() {
    SentenceSentiment pos = new SentenceSentiment(0, 5, SentimentLabel.POSITIVE, 0.4, null, null, null);
    SentenceSentiment neg = new SentenceSentiment(6, 9, SentimentLabel.VERY_NEGATIVE, -0.8, null, null, null);
    DocumentSentiment doc = new DocumentSentiment(SentimentLabel.MIXED, 0, 1, 0.5);
    assertThat(SentimentEvaluation.predict(result(doc, List.of(pos)))).isEqualTo(Polarity.POSITIVE);
    assertThat(SentimentEvaluation.predict(result(doc, List.of(pos, neg)))).isEqualTo(Polarity.NEUTRAL);
    assertThat(SentimentEvaluation.predict(result(new DocumentSentiment(SentimentLabel.NEGATIVE, -0.3, 1, 0.5),
        List.of(pos, neg)))).isEqualTo(Polarity.NEGATIVE);
    assertThat(SentimentEvaluation.predict(result(doc, List.of()))).isEqualTo(Polarity.NEUTRAL);
  }

  @Test
  void accuracyAndMacroF1FromTheConfusionMatrix() {
    SentimentEvaluation.Counter c = new SentimentEvaluation.Counter();
    // gold NEG: 3 right, 1 as NEU; gold NEU: 2 right, 2 as POS; gold POS: 1 right
    for (int i = 0; i < 3; i++) {
      c.add(Polarity.NEGATIVE, Polarity.NEGATIVE, false);
    }
    c.add(Polarity.NEGATIVE, Polarity.NEUTRAL, true);
    c.add(Polarity.NEUTRAL, Polarity.NEUTRAL, false);
    c.add(Polarity.NEUTRAL, Polarity.NEUTRAL, false);
    c.add(Polarity.NEUTRAL, Polarity.POSITIVE, false);
    c.add(Polarity.NEUTRAL, Polarity.POSITIVE, false);
    c.add(Polarity.POSITIVE, Polarity.POSITIVE, false);
    SentimentEvaluation.Result r = c.result();
    assertThat(r.n()).isEqualTo(9);
    assertThat(r.split()).isEqualTo(1);
    assertThat(r.accuracy()).isCloseTo(6 / 9.0, within(1e-12));
    double f1Neg = 2 * 1.0 * 0.75 / 1.75;
    double f1Neu = 2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5);
    double f1Pos = 2 * (1 / 3.0) * 1.0 / (1 / 3.0 + 1.0);
    assertThat(r.f1Macro()).isCloseTo((f1Neg + f1Neu + f1Pos) / 3, within(1e-12));
    assertThat(r.toJsonLine()).matches("\\{\"task\":\"sentiment\",\"n\":9,\"accuracy\":0\\.6667,\"f1_macro\":0\\.\\d{4}}");
    assertThat(r.table()).hasSize(5);
  }

  @Test
  void evaluatesThroughAPipelineAndCountsFailures() throws Exception {
    List<NewsMtsc.Sentence> items = NewsMtsc.sentences(NewsMtsc.read(new StringReader(JSONL), "test")).items();
    Pipeline pipeline = Pipeline.builder().nlpEngine(new FakeNlpEngine()).analyzers("sentiment")
        .options(Map.of("sentiment.model", "lexicon")).build();
    SentimentEvaluation.Result r = SentimentEvaluation.evaluate(items,
        a -> (SentimentResult) pipeline.analyze(a).results().get("sentiment"), 2);
    assertThat(r.n()).isEqualTo(3);
    assertThat(r.failed()).isZero();

    SentimentEvaluation.Result failing = SentimentEvaluation.evaluate(items, a -> {
      throw new IllegalStateException("boom");
    }, 1);
    assertThat(failing.failed()).isEqualTo(3);
    assertThat(failing.accuracy()).isZero();
  }

  private static SentimentResult result(DocumentSentiment doc, List<SentenceSentiment> sentences) {
    return new SentimentResult("corenlp", doc, List.of(), List.of(), sentences, List.of());
  }
}
