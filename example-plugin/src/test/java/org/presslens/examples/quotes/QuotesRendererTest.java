package org.presslens.examples.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.render.Renderers;
import org.presslens.report.AnalysisReport;
import org.presslens.report.html.HtmlReport;
import org.presslens.report.text.TextReport;
import org.presslens.testing.FakeNlpEngine;

/**
 * The quotes plugin renders like a built-in: found by ServiceLoader, it gives the HTML page its section, highlights,
 * cards and legend, and the text summary its line; its output is escaped like every built-in's.
 */
class QuotesRendererTest {

  private static final String SCRIPT = "<script>alert(1)</script>";

  private static AnalysisReport report() {
    Article article = Article.builder().source("test").language("en")
        .paragraph("The tram line was approved on Monday. \u201CWe will build it by next spring,\u201D said Maria Lopez.")
        .paragraph("Later on, Tom Baker said: \"It is a waste of money and of time.\"").build();
    Pipeline pipeline = Pipeline.builder().registry(AnalyzerRegistry.of(new QuotesAnalyzerProvider()))
        .nlpEngine(new FakeNlpEngine()).build();
    return pipeline.analyze(article);
  }

  @Test
  void theRendererIsFoundOnTheClassPath() {
    assertThat(Renderers.discover().forAnalyzer("quotes")).get().isInstanceOf(QuotesRenderer.class);
  }

  @Test
  void thePageHasTheQuotesSectionHighlightsAndCards() {
    Document doc = Jsoup.parse(HtmlReport.render(report()));
    Element section = doc.selectFirst("section#quotes");
    assertThat(section).isNotNull();
    assertThat(section.selectFirst("h2").text()).isEqualTo("Quotations");
    assertThat(section.select("table.speakers tbody tr").eachText())
        .containsExactly("Tom Baker 1 9", "Maria Lopez 1 7"); // most words first
    assertThat(section.select("table.quotes td.quote a")).hasSize(2);
    for (String href : section.select("table.quotes a").eachAttr("href")) {
      assertThat(doc.getElementById(href.substring(1))).as("link %s", href).isNotNull();
    }
    assertThat(doc.select("#text span.s.quote")).hasSize(2);
    assertThat(doc.select("#text span.s.quote").first().attr("title")).isEqualTo("quote by Maria Lopez (after)");
    assertThat(doc.select("#text span.s.quote sup.tag").eachText()).containsExactly("quote", "quote");
    assertThat(doc.select("#text mark.speaker").eachText()).containsExactly("Maria Lopez", "Tom Baker");
    assertThat(doc.select(".summary .card").eachText()).contains("2quotations", "46%quoted text");
    assertThat(doc.select("section.generic")).isEmpty();
    assertThat(doc.select("style").html()).contains(".text .s.quote");
  }

  @Test
  void theTextSummaryHasTheQuotesLine() {
    assertThat(TextReport.lines(report()))
        .contains("   quotes: 2 quotations (46% of the text); most quoted: Tom Baker (1), Maria Lopez (1)");
  }

  @Test
  void itsOutputIsEscaped() {
    Article article = Article.builder().language("en").paragraph("\"" + SCRIPT + " is here,\" said Eve.").build();
    QuotesResult hostile = new QuotesResult(List.of(new QuotesResult.Quote(0, 37, SCRIPT + " is here,", 3,
        "Eve " + SCRIPT, QuotesResult.Attribution.AFTER, 43, 46)),
        List.of(new QuotesResult.Speaker("Eve " + SCRIPT, 1, 3, List.of(new QuotesResult.Span(0, 37)))), 0, 0.5);
    String html = HtmlReport.render(new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article,
        Map.of("quotes", hostile), List.of(), Map.of()));
    assertThat(html).doesNotContain("<script");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
      }
    }
    assertThat(doc.select("section#quotes table.speakers").text()).contains("Eve " + SCRIPT);
    assertThat(doc.select("#text span.s.quote").attr("title")).contains("Eve " + SCRIPT);
    assertThat(doc.select("#text").text()).contains(SCRIPT + " is here");
  }
}
