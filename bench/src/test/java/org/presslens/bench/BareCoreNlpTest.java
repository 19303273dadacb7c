package org.presslens.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.NlpLayer;

/** The bare CoreNLP baselines mirror the engine's annotator plan and settings. */
class BareCoreNlpTest {

  @Test
  void annotatorsFollowTheLayerClosureInPipelineOrder() {
    assertThat(BareCoreNlp.annotators(Set.of(NlpLayer.TOKENS))).containsExactly("tokenize");
    assertThat(BareCoreNlp.annotators(Set.of(NlpLayer.SENTIMENT))).containsExactly("tokenize", "pos", "parse",
        "sentiment");
    assertThat(BareCoreNlp.annotators(Set.of(NlpLayer.NER, NlpLayer.SENTIMENT)))
        .containsExactly("tokenize", "pos", "lemma", "ner", "parse", "sentiment");
  }

  @Test
  void theFloorUsesTheEngineSettings() {
    Properties p = BareCoreNlp.forLayers(Set.of(NlpLayer.NER, NlpLayer.SENTIMENT), Map.of());
    assertThat(p.getProperty("annotators")).isEqualTo("tokenize,pos,lemma,ner,parse,sentiment");
    assertThat(p.getProperty("ssplit.newlineIsSentenceBreak")).isEqualTo("two");
    assertThat(p.getProperty("ner.applyFineGrained")).isEqualTo("false");
    assertThat(p.getProperty("parse.model")).isEqualTo(BareCoreNlp.SR_MODEL);
    assertThat(p.getProperty("parse.maxlen")).isEqualTo("80");

    Properties fine = BareCoreNlp.forLayers(Set.of(NlpLayer.PARSE),
        Map.of("parser", "pcfg", "parseMaxTokens", "40", "nerFine", "true"));
    assertThat(fine.getProperty("annotators")).isEqualTo("tokenize,pos,parse");
    assertThat(fine.getProperty("parse.model")).isEqualTo(BareCoreNlp.PCFG_MODEL);
    assertThat(fine.getProperty("parse.maxlen")).isEqualTo("40");
    assertThat(fine.getProperty("ner.applyFineGrained")).isNull();

    assertThatThrownBy(() -> BareCoreNlp.forLayers(Set.of(NlpLayer.TOKENS), Map.of("parser", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultsAreCoreNlpsOwn() {
    assertThat(BareCoreNlp.defaults()).containsOnlyKeys("annotators");
    assertThat(BareCoreNlp.defaults().getProperty("annotators"))
        .isEqualTo("tokenize,ssplit,pos,lemma,ner,parse,sentiment");
  }
}
