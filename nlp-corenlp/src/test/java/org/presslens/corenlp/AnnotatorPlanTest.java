package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.NlpLayer;

/** The mapping from presslens layers to CoreNLP annotators and properties; loads no model. */
class AnnotatorPlanTest {
  private static final EngineSettings DEFAULTS = EngineSettings.defaults();

  private static List<String> annotators(NlpLayer<?>... layers) {
    return AnnotatorPlan.forLayers(Set.of(layers)).annotators();
  }

  @Test
  void eachLayerMapsToItsAnnotatorsAndThoseItIsBuiltOn() {
    assertThat(annotators()).isEmpty();
    assertThat(annotators(NlpLayer.TOKENS)).containsExactly("tokenize");
    assertThat(annotators(NlpLayer.POS)).containsExactly("tokenize", "pos");
    assertThat(annotators(NlpLayer.LEMMA)).containsExactly("tokenize", "pos", "lemma");
    assertThat(annotators(NlpLayer.NER)).containsExactly("tokenize", "pos", "lemma", "ner");
    assertThat(annotators(NlpLayer.PARSE)).containsExactly("tokenize", "pos", "parse");
    assertThat(annotators(NlpLayer.SENTIMENT)).containsExactly("tokenize", "pos", "parse", "sentiment");
    assertThat(annotators(NlpLayer.NER, NlpLayer.SENTIMENT))
        .containsExactly("tokenize", "pos", "lemma", "ner", "parse", "sentiment");
    assertThat(annotators(NlpLayer.SENTIMENT, NlpLayer.TOKENS, NlpLayer.PARSE))
        .isEqualTo(annotators(NlpLayer.SENTIMENT));
  }

  @Test
  void equalAnnotatorSetsAreOnePlan() {
    assertThat(AnnotatorPlan.forLayers(Set.of(NlpLayer.NER)))
        .isEqualTo(AnnotatorPlan.forLayers(Set.of(NlpLayer.LEMMA, NlpLayer.NER)))
        .hasSameHashCodeAs(AnnotatorPlan.forLayers(Set.of(NlpLayer.TOKENS, NlpLayer.NER)));
    assertThat(AnnotatorPlan.forLayers(Set.of(NlpLayer.NER, NlpLayer.SENTIMENT)).name())
        .isEqualTo("tokenize,pos,lemma,ner,parse,sentiment");
  }

  @Test
  void closureFollowsTheModel() {
    assertThat(AnnotatorPlan.closure(Set.of(NlpLayer.SENTIMENT)))
        .containsExactlyInAnyOrder(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.PARSE, NlpLayer.SENTIMENT);
    assertThat(AnnotatorPlan.closure(Set.of())).isEmpty();
  }

  @Test
  void parserAndSentimentAreAddedOutsideCoreNlpsFactory() {
    AnnotatorPlan plan = AnnotatorPlan.forLayers(Set.of(NlpLayer.NER, NlpLayer.SENTIMENT));
    assertThat(plan.parses()).isTrue();
    assertThat(plan.scoresSentiment()).isTrue();
    assertThat(plan.pipelineAnnotators()).containsExactly("tokenize", "pos", "lemma", "ner");
    assertThat(plan.pipelineProperties(DEFAULTS).getProperty("annotators")).isEqualTo("tokenize,pos,lemma,ner");
    AnnotatorPlan tokens = AnnotatorPlan.forLayers(Set.of(NlpLayer.TOKENS));
    assertThat(tokens.parses()).isFalse();
    assertThat(tokens.scoresSentiment()).isFalse();
  }

  @Test
  void sentencesBreakAtBlankLines() {
    for (NlpLayer<?> layer : NlpLayer.BUILT_IN) {
      assertThat(AnnotatorPlan.forLayers(Set.of(layer)).pipelineProperties(DEFAULTS)
          .getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
    }
  }

  @Test
  void nerIsLiteUnlessFineIsAsked() {
    Properties lite = AnnotatorPlan.forLayers(Set.of(NlpLayer.NER)).pipelineProperties(DEFAULTS);
    assertThat(lite.getProperty("ner.useSUTime")).isEqualTo("false");
    assertThat(lite.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
    assertThat(lite.getProperty("ner.applyFineGrained")).isEqualTo("false");
    Properties fine = AnnotatorPlan.forLayers(Set.of(NlpLayer.NER))
        .pipelineProperties(new EngineSettings(80, true, "sr"));
    assertThat(fine.stringPropertyNames()).noneMatch(k -> k.startsWith("ner."));
    Properties noNer = AnnotatorPlan.forLayers(Set.of(NlpLayer.POS)).pipelineProperties(DEFAULTS);
    assertThat(noNer.stringPropertyNames()).noneMatch(k -> k.startsWith("ner."));
  }

  @Test
  void parserPropertiesFollowTheSettings() {
    AnnotatorPlan sentiment = AnnotatorPlan.forLayers(Set.of(NlpLayer.SENTIMENT));
    Properties sr = sentiment.parserProperties(DEFAULTS);
    assertThat(sr.getProperty("parse.model")).isEqualTo("edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    assertThat(sr.getProperty("parse.maxlen")).isEqualTo("1000"); // a backstop: the cap is LengthCappedAnnotator's
    assertThat(sr.getProperty("parse.binaryTrees")).isEqualTo("true");
    assertThat(sr.getProperty("parse.buildgraphs")).isEqualTo("false");
    Properties pcfg = sentiment.parserProperties(new EngineSettings(40, false, "pcfg"));
    assertThat(pcfg.getProperty("parse.model")).isEqualTo("edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
    // Engines with different caps configure (and so share) the same parser.
    assertThat(sentiment.parserProperties(new EngineSettings(40, false, "sr"))).isEqualTo(sr);
    // PARSE alone configures the parser exactly like SENTIMENT does, so both share one loaded model.
    assertThat(AnnotatorPlan.forLayers(Set.of(NlpLayer.PARSE)).parserProperties(DEFAULTS)).isEqualTo(sr);
    assertThat(sentiment.sentimentProperties().getProperty("sentiment.model"))
        .isEqualTo("edu/stanford/nlp/models/sentiment/sentiment.ser.gz");
  }
}
