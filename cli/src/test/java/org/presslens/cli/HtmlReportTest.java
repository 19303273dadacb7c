package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.Repair;
import org.presslens.nlp.SentimentLabel;
import org.presslens.render.HtmlEscaper;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;
import org.presslens.report.html.HtmlReport;

/**
 * The HTML report (core's {@code org.presslens.report.html}) without a browser: escaping of every piece of article
 * text, metadata and analyzer output, and the parts of the page. The browser test is {@link HtmlReportBrowserIT}.
 */
class HtmlReportTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String BREAKOUT = "\"><svg onload=alert(1)> ' onmouseover='alert(1)";

  /** An article with markup in every field, and results that point into it. */
  static AnalysisReport hostileReport() {
    String p1 = "Mayor Ilsa Brandt wrote " + SCRIPT + " in her letter. The bridge is a great success.";
    String p2 = "Critics posted " + IMG + " and " + BREAKOUT + " online. It was a terrible failure & a crisis.";
    Article article = Article.builder()
        .source("hostile/<b>source</b>.txt")
        .title("Bridge " + SCRIPT)
        .authors(List.of("Mara " + IMG))
        .outlet("Gazette " + BREAKOUT)
        .published(LocalDate.of(2024, 5, 6))
        .language("en")
        .authorBio("Bio " + SCRIPT)
        .section(null)
        .paragraph(p1)
        .section("Heading " + IMG)
        .paragraph(p2, List.of(new Repair(0, 7, "Critics<i>", "Critics", Repair.GLUED_WORDS)))
        .addRemoved("Advert " + SCRIPT, "page furniture")
        .build();
    String text = article.text();
    int s1End = text.indexOf("letter.") + 7;
    int s2Begin = text.indexOf("The bridge");
    int p2Begin = text.indexOf("Critics");
    int s3End = text.indexOf("online.") + 7;
    int s4Begin = text.indexOf("It was");
    List<SentimentResult.SentenceSentiment> sentences = List.of(
        sentence(0, s1End, 0.0, Voice.AUTHOR),
        sentence(s2Begin, p1.length(), 0.7, Voice.AUTHOR),
        sentence(p2Begin, s3End, -0.2, Voice.QUOTED),
        sentence(s4Begin, text.length(), -0.8, Voice.AUTHOR));
    SentimentResult sentiment = new SentimentResult("corenlp",
        new SentimentResult.DocumentSentiment(SentimentLabel.NEGATIVE, -0.2, 1.5, 0.6), List.of(), List.of(),
        sentences, List.of(new SentimentResult.ArcPoint(0.1, 0.2), new SentimentResult.ArcPoint(0.5, -0.1),
        new SentimentResult.ArcPoint(0.9, -0.5)));
    int brandt = text.indexOf("Ilsa Brandt");
    int scriptAt = text.indexOf(SCRIPT);
    EntitiesResult entities = new EntitiesResult(List.of(
        new EntitiesResult.Entity("person:ilsa-brandt", "Ilsa Brandt", "PERSON", null, 0.8, List.of(
            new EntitiesResult.Mention(brandt, brandt + 11, "Ilsa Brandt", EntitiesResult.MentionKind.NAME, Voice.AUTHOR)),
            new EntitiesResult.EntitySentiment(SentimentLabel.POSITIVE, 0.4, 0.4, 1)),
        new EntitiesResult.Entity("misc:x", "Evil " + SCRIPT, "MISC", null, 0.2, List.of(
            new EntitiesResult.Mention(scriptAt, scriptAt + SCRIPT.length(), SCRIPT, EntitiesResult.MentionKind.NAME,
                Voice.AUTHOR)), null),
        new EntitiesResult.Entity("org:\"x", "Org " + BREAKOUT, "\"><b>TYPE", null, null, List.of(), null)));
    StanceResult stance = new StanceResult(List.of(new StanceResult.Stance("Ilsa Brandt " + SCRIPT,
        StanceResult.TargetKind.ENTITY, "person:ilsa-brandt", StanceResult.Label.FAVOR, 0.7, 0.5, List.of(
            new StanceResult.Evidence(s2Begin, p1.length(), text.substring(s2Begin, p1.length()),
                StanceResult.Label.FAVOR, 0.9),
            new StanceResult.Evidence(s4Begin, text.length(), IMG, StanceResult.Label.AGAINST, 0.1)),
        "test " + BREAKOUT)));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("sentiment", sentiment);
    results.put("entities", entities);
    results.put("stance", stance);
    results.put("quotes<x>", Map.of("note", SCRIPT, "label", "AGAINST\"><i>",
        "items", List.of(Map.of("who", IMG, "begin", 3)), "tags", List.of(BREAKOUT)));
    return new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, results,
        List.of(new Failure("other", "boom " + IMG)), Map.of("nlp", 12L));
  }

  private static SentimentResult.SentenceSentiment sentence(int begin, int end, double score, Voice voice) {
    return new SentimentResult.SentenceSentiment(begin, end, SentimentLabel.ofScore(score), score,
        List.of(0.2, 0.2, 0.2, 0.2, 0.2), voice, null);
  }

  @Test
  void escaperHandlesTextAndAttributeContexts() {
    assertThat(HtmlEscaper.text("a < b && c > \"d\" 'e'")).isEqualTo("a &lt; b &amp;&amp; c &gt; &quot;d&quot; &#39;e&#39;");
    assertThat(HtmlEscaper.attribute("x\" onerror='y'\n")).isEqualTo("x&quot; onerror=&#39;y&#39;&#10;");
    assertThat(HtmlEscaper.text("line\nbreak\ttab")).isEqualTo("line\nbreak\ttab");
    assertThat(HtmlEscaper.text("nul\u0000 bell\u0007 c1\u0085")).isEqualTo("nul\uFFFD bell\uFFFD c1\uFFFD");
    assertThat(HtmlEscaper.text("emoji \uD83D\uDE00 lone \uD83D end \uDE00")).isEqualTo("emoji \uD83D\uDE00 lone \uFFFD end \uFFFD");
    assertThat(HtmlEscaper.text(null)).isEmpty();
    String plain = "plain text, nothing to escape";
    assertThat(HtmlEscaper.text(plain)).isSameAs(plain);
  }

  @Test
  void everyPieceOfTextIsEscapedAndNoMarkupComesThrough() {
    String html = HtmlReport.render(hostileReport());
    assertThat(html).doesNotContain("<script", "<img", "<svg onload", "<b>source", "Critics<i>", "\"><i>",
        "\"><b>TYPE", "onerror=\"", "onload=\"",
        "onmouseover=\"", "onmouseover='");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
        "&quot;&gt;&lt;svg onload=alert(1)&gt; &#39; onmouseover=&#39;alert(1)");

    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img, iframe, object, embed, link, base, form")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    assertThat(doc.title()).isEqualTo("presslens — Bridge " + SCRIPT);
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Bridge " + SCRIPT);
    assertThat(doc.selectFirst(".byline").text()).isEqualTo("by Mara " + IMG);
    assertThat(doc.selectFirst(".kicker").text()).startsWith("Gazette " + BREAKOUT);
    assertThat(doc.select("h3.heading").text()).isEqualTo("Heading " + IMG);
    assertThat(doc.selectFirst("#text").text()).contains("wrote " + SCRIPT + " in her letter", IMG, BREAKOUT,
        "failure & a crisis");
    assertThat(doc.select("#repairs").text()).contains("Critics<i>", "Advert " + SCRIPT);
    assertThat(doc.select("#stance").text()).contains("Ilsa Brandt " + SCRIPT);
    assertThat(doc.select("section.generic pre")).isEmpty(); // a table of fields, not raw JSON
    assertThat(doc.select("section.generic table.fields").text()).contains(SCRIPT, "AGAINST\"><i>", IMG, BREAKOUT);
    assertThat(doc.select("#failures").text()).contains("boom " + IMG);
    assertThat(doc.select("dl.meta").text()).contains("hostile/<b>source</b>.txt", "Bio " + SCRIPT);
    assertThat(doc.select("mark.ent").eachAttr("title")).anyMatch(t -> t.startsWith("Evil " + SCRIPT));
    assertThat(doc.select("tr mark.ent").eachAttr("class")).contains("ent t-OTHER"); // a type is never a class name
  }

  @Test
  void thePageHasTheHighlightsTheArcAndTablesWithWorkingLinks() {
    Document doc = Jsoup.parse(HtmlReport.render(hostileReport()));
    Element person = doc.selectFirst("#text mark.ent.t-PERSON");
    assertThat(person.text()).isEqualTo("Ilsa Brandt");
    assertThat(person.attr("title")).contains("Ilsa Brandt — PERSON", "salience 0.80", "sentiment POSITIVE +0.40");
    assertThat(doc.select("#text span.s")).hasSize(4);
    assertThat(doc.select("#text span.s.quoted")).hasSize(1);
    assertThat(doc.select("#text span.s[style*=rgba(22,163,74]")).hasSize(1);   // positive sentence
    assertThat(doc.select("#text span.s[style*=rgba(220,38,38]")).hasSize(2);   // negative sentences
    assertThat(doc.select("#text span.s.evidence")).hasSize(2);
    Element svg = doc.selectFirst("svg#arc-chart");
    assertThat(svg).isNotNull();
    assertThat(svg.select("polyline.arc-line").attr("points").split(" ")).hasSize(3);
    assertThat(svg.select("circle.dot")).hasSize(4);
    assertThat(doc.select("table.entities tbody tr")).hasSize(3);
    assertThat(doc.select("table.entities tbody tr").first().text()).contains("Ilsa Brandt", "0.80", "POSITIVE");
    assertThat(doc.select("table.stance tbody tr")).hasSize(1);
    List<String> hrefs = new ArrayList<>(doc.select("a[href]").eachAttr("href"));
    assertThat(hrefs).isNotEmpty().allMatch(h -> h.startsWith("#"));
    for (String h : hrefs) {
      assertThat(doc.getElementById(h.substring(1))).as("link target %s", h).isNotNull();
    }
    assertThat(doc.select("table.stance ol.evidence a").eachAttr("href")).hasSize(2).allMatch(h -> h.matches("#s\\d+"));
    assertThat(doc.select("table.stance td.target a").attr("href")).isEqualTo("#entity-person_ilsa-brandt");
    assertThat(doc.select("[src]")).isEmpty();
    String css = doc.select("style").html();
    assertThat(css).doesNotContain("url(", "@import", "@font-face");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
  }

  @Test
  void aReportReadBackFromJsonRendersTheSame() {
    AnalysisReport report = hostileReport();
    AnalysisReport back = PresslensJson.mapper().readValue(PresslensJson.mapper().writeValueAsString(report),
        AnalysisReport.class);
    assertThat(HtmlReport.render(back)).isEqualTo(HtmlReport.render(report));
  }

  @Test
  void anArticleWithoutResultsStillRenders() {
    Article article = Article.builder().language("en").paragraph("Just text " + SCRIPT).build();
    String html = HtmlReport.render(new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, Map.of(), List.of(),
        Map.of()));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("#text").text()).isEqualTo("Just text " + SCRIPT);
    assertThat(doc.select("svg")).isEmpty();
    assertThat(html).contains("did not run").doesNotContain("<script");
    assertThat(Jsoup.parse(HtmlReport.renderError("x<y>.txt", "bad " + SCRIPT)).select("script")).isEmpty();
  }
}
