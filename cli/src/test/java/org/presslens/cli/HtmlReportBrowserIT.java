package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code presslens analyze --format html} rendered in headless Chromium: the sample op-ed's report shows highlights,
 * the arc chart and the tables (screenshot in {@code cli/target/browser/}), and injected markup shows literally and
 * runs nothing. The pages and screenshots stay in cli/target/browser for a look. Without Chromium the class is
 * skipped with one line saying so, or fails under {@code CI=true} (see {@link Chromium}).
 */
class HtmlReportBrowserIT {

  private static Optional<Chromium> browser;
  private static Path work;

  @BeforeAll
  static void browser() throws Exception {
    browser = Chromium.find(HtmlReportBrowserIT.class.getSimpleName());
    work = Path.of("target/browser").toAbsolutePath();
    Files.createDirectories(work);
  }

  @BeforeEach
  void needsBrowser() {
    assumeTrue(browser.isPresent(), "no Chromium: see the SKIPPED line on stderr");
  }

  @Test
  void sampleOpEdReportShowsHighlightsArcAndTablesInChromium() throws Exception {
    Chromium chromium = browser.orElseThrow();
    Path page = work.resolve("op-ed-report.html");
    CliRun run = CliRun.of("analyze", "--format", "html", "--out", page.toString(),
        SharedData.sampleOpEd().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    Path png = work.resolve("op-ed-report.png");
    chromium.screenshot(page, png, 1280, 2000, work);
    assertThat(Files.size(png)).isGreaterThan(50_000);

    Document dom = Jsoup.parse(chromium.dumpDom(page, work));
    assertThat(dom.title()).startsWith("presslens — ");
    Element svg = dom.selectFirst("svg#arc-chart");
    assertThat(svg).as("the sentiment arc chart").isNotNull();
    assertThat(svg.select("polyline.arc-line").attr("points").split(" ").length).isGreaterThan(5);
    assertThat(svg.select("circle.dot").size()).isGreaterThan(20);
    assertThat(dom.select("#text mark.ent").size()).as("entity highlights").isGreaterThan(30);
    assertThat(dom.select("#text mark.ent.t-PERSON").eachText()).contains("Kim Jong-un", "Putin");
    assertThat(dom.select("#text mark.ent.t-PERSON").eachAttr("title"))
        .anyMatch(t -> t.startsWith("Vladimir Putin — PERSON"));
    assertThat(dom.select("#text span.s[style]").size()).as("shaded sentences").isGreaterThan(10);
    assertThat(dom.select("table.entities tbody tr").size()).isGreaterThan(5);
    assertThat(dom.select("table.entities").text()).contains("Kim Jong-un", "Vladimir Putin");
    assertThat(dom.selectFirst("section#stance")).isNotNull();
    for (String href : dom.select("table.stance a[href]").eachAttr("href")) {
      assertThat(dom.getElementById(href.substring(1))).as("evidence link %s", href).isNotNull();
    }
    assertThat(dom.select("#repairs").text()).contains("Russiafor", "Russia for", "An advert");
    assertThat(dom.select("h3.heading").eachText()).contains("A limited relationship", "Calculation change");
    assertThat(dom.select("script")).isEmpty();
  }

  @Test
  void injectedMarkupShowsLiterallyAndRunsNothing() throws Exception {
    Chromium chromium = browser.orElseThrow();
    String title = "Payload <script>document.title='pwned'</script> title";
    String body = String.join("\n\n",
        "The council met on Monday. Someone wrote <script>alert(1)</script> on the wall of the town hall.",
        "<script>document.title='pwned';document.documentElement.setAttribute('data-pwned','script')</script>",
        "A flyer said <img src=x onerror=alert(1)> and another <img src=x "
            + "onerror=\"document.documentElement.setAttribute('data-pwned','img')\"> near the station.",
        "Mayor Ilsa Brandt called it \"><svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"> "
            + "a prank & said ' onmouseover='alert(1) was childish.");
    Path article = work.resolve("xss-article.txt");
    Files.writeString(article, title + "\n\n" + body + "\n", StandardCharsets.UTF_8);
    Path page = work.resolve("xss-report.html");
    CliRun run = CliRun.of("analyze", "--input-format", "text", "--format", "html", "--out", page.toString(),
        article.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).doesNotContain("<script", "<img", "<svg onload").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

    String dumped = chromium.dumpDom(page, work);
    chromium.screenshot(page, work.resolve("xss-report.png"), 1280, 1400, work);
    assertThat(dumped).doesNotContain("data-pwned=");
    Document dom = Jsoup.parse(dumped);
    assertThat(dom.title()).isEqualTo("presslens — " + title); // the injected script would have set it to "pwned"
    assertThat(dom.select("script, img")).as("no script or img element exists").isEmpty();
    assertThat(dom.select("svg[onload]")).isEmpty();
    for (Element e : dom.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    String text = dom.selectFirst("#text").text();
    assertThat(text).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<script>document.title='pwned';", "\"><svg onload=", "' onmouseover='alert(1)");
    assertThat(dom.selectFirst("h1").text()).isEqualTo(title);
  }
}
