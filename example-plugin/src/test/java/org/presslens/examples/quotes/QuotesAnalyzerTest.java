package org.presslens.examples.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.EntitiesAnalyzerProvider;
import org.presslens.examples.quotes.QuotesResult.Attribution;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.testing.FakeNlpEngine;

/** The quotes analyzer on the fake NLP engine (PERSON = capitalised words not starting a sentence): no models. */
class QuotesAnalyzerTest {

  private static final FakeNlpEngine ENGINE = new FakeNlpEngine();

  private static QuotesResult analyze(String... paragraphs) {
    Article.Builder b = Article.builder().source("test").language("en");
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    Pipeline pipeline = Pipeline.builder().registry(AnalyzerRegistry.of(new QuotesAnalyzerProvider()))
        .nlpEngine(ENGINE).build();
    AnalysisReport report = pipeline.analyze(b.build());
    assertThat(report.failures()).isEmpty();
    return (QuotesResult) report.results().get("quotes");
  }

  @Test
  void attributesSaidAfterAndBeforeWithOffsets() {
    String p1 = "The tram line was approved on Monday. \u201CWe will build it by next spring,\u201D said Maria Lopez.";
    String p2 = "Later on, Tom Baker said: \"It is a waste of money and of time.\"";
    QuotesResult r = analyze(p1, p2);
    assertThat(r.quotes()).hasSize(2);
    QuotesResult.Quote first = r.quotes().get(0);
    assertThat(first.speaker()).isEqualTo("Maria Lopez");
    assertThat(first.attribution()).isEqualTo(Attribution.AFTER);
    assertThat(first.text()).isEqualTo("We will build it by next spring,");
    String text = p1 + "\n\n" + p2;
    assertThat(text.substring(first.begin(), first.end())).startsWith("\u201CWe will").endsWith("spring,\u201D");
    assertThat(text.substring(first.speakerBegin(), first.speakerEnd())).isEqualTo("Maria Lopez");
    QuotesResult.Quote second = r.quotes().get(1);
    assertThat(second.speaker()).isEqualTo("Tom Baker");
    assertThat(second.attribution()).isEqualTo(Attribution.BEFORE);
    assertThat(r.speakers()).extracting(QuotesResult.Speaker::name).containsExactly("Tom Baker", "Maria Lopez");
    assertThat(r.unattributed()).isZero();
    assertThat(r.quotedShare()).isBetween(0.3, 0.8);
  }

  @Test
  void withEntitiesAPronounIsThePersonTheEntitiesAnalyzerReferredItTo() {
    String p1 = "The line was approved. \"We will build it by next spring,\" said Maria Lopez.";
    String p2 = "The council then heard from Tom Baker. \"a waste of money and of time,\" he said.";
    Article article = Article.builder().source("test").language("en").paragraph(p1).paragraph(p2).build();
    Pipeline.Builder builder = Pipeline.builder()
        .registry(AnalyzerRegistry.of(new QuotesAnalyzerProvider(), new EntitiesAnalyzerProvider()))
        .nlpEngine(ENGINE).option("entities.sentiment", "false");
    AnalysisReport without = builder.build().analyze(article);
    AnalysisReport with = builder.option("quotes.useEntities", "true").build().analyze(article);
    assertThat(with.failures()).isEmpty();
    // the quotes analyzer's own rule takes the last speaker; the entities analyzer the person named last
    assertThat(((QuotesResult) without.results().get("quotes")).quotes()).extracting(QuotesResult.Quote::speaker)
        .containsExactly("Maria Lopez", "Maria Lopez");
    QuotesResult r = (QuotesResult) with.results().get("quotes");
    assertThat(r.quotes()).extracting(QuotesResult.Quote::speaker).containsExactly("Maria Lopez", "Tom Baker");
    assertThat(r.quotes().get(1).attribution()).isEqualTo(Attribution.PRONOUN);
  }

  @Test
  void pronounsContinuationsAndSurnamesResolveToTheFullName() {
    QuotesResult r = analyze(
        "The minister, Anna Berg, spoke first. \"We have the money for the line,\" she said.",
        "\"And we have the people to build it quickly.\"",
        "Critics disagree. \"This is a folly of the worst kind,\" Berg said, before leaving.");
    assertThat(r.quotes()).extracting(QuotesResult.Quote::attribution)
        .containsExactly(Attribution.PRONOUN, Attribution.CONTINUATION, Attribution.AFTER);
    assertThat(r.quotes()).extracting(QuotesResult.Quote::speaker).containsOnly("Anna Berg");
    assertThat(r.speakers()).hasSize(1);
    assertThat(r.speakers().get(0).quotes()).isEqualTo(3);
    assertThat(r.speakers().get(0).spans()).hasSize(3);
  }

  @Test
  void scareQuotesAreNotCountedAndUnknownSpeakersStayNull() {
    QuotesResult r = analyze("He promised an \"unlimited partnership\" to everyone.",
        "\"Nobody here knows who said this sentence at all,\" the report says.");
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.quotes().get(0).speaker()).isNull();
    assertThat(r.unattributed()).isEqualTo(1);
    assertThat(r.speakers()).isEmpty();
  }

  @Test
  void declaresTheSharedNerLayerAndIsFoundByServiceLoader() {
    AnalyzerRegistry registry = AnalyzerRegistry.discover(QuotesAnalyzerTest.class.getClassLoader());
    assertThat(registry.names()).contains("quotes");
    QuotesAnalyzerProvider p = (QuotesAnalyzerProvider) registry.lookup("quotes");
    Pipeline pipeline = Pipeline.builder().registry(registry).analyzers("quotes").nlpEngine(ENGINE).build();
    assertThat(pipeline.nlpLayers()).contains(NlpLayer.NER);
    assertThat(p.requires(org.presslens.spi.Config.defaults("quotes", p.options()))).containsExactly(NlpLayer.NER);
    assertThat(p.options()).extracting(o -> o.key()).containsExactly("minWords", "useEntities");
    assertThat(List.of(p.name(), p.version())).doesNotContainNull();
  }
}
