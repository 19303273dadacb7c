package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * {@code presslens corpus --format html} (the dashboard) in headless Chromium, over small dated fixture reports
 * (three outlets, four months): the ranked table, the small multiples with their bands, the heat map and the links to
 * the per-article pages next to it (screenshot in {@code cli/target/browser/corpus-dashboard.png}); and hostile
 * outlet and entity names show literally and run nothing. Skipped without Chromium (see {@link Chromium}).
 */
class CorpusDashboardBrowserIT {
  private static Optional<Chromium> browser;
  private static Path work;

  @BeforeAll
  static void browser() throws Exception {
    browser = Chromium.find(CorpusDashboardBrowserIT.class.getSimpleName());
    work = Path.of("target/browser").toAbsolutePath();
    Files.createDirectories(work);
  }

  @BeforeEach
  void needsBrowser() {
    assumeTrue(browser.isPresent(), "no Chromium: see the SKIPPED line on stderr");
  }

  private static Path fixture(String name) {
    return Path.of("src/test/resources/corpus", name).toAbsolutePath();
  }

  @Test
  void dashboardShowsTableSmallMultiplesHeatMapAndArticleLinks() throws Exception {
    Chromium chromium = browser.orElseThrow();
    Path dir = Files.createDirectories(work.resolve("corpus"));
    Path page = dir.resolve("dashboard.html");
    Files.writeString(dir.resolve("001.html"), "<!DOCTYPE html><title>article 1</title>");
    CliRun run = CliRun.of("corpus", "--by", "outlet,month", "--min-articles", "3", "--format", "html",
        "--out", page.toString(), fixture("dated-reports.jsonl").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    Path png = work.resolve("corpus-dashboard.png");
    chromium.screenshot(page, png, 1280, 1800, work);
    assertThat(Files.size(png)).isGreaterThan(30_000);

    Document dom = Jsoup.parse(chromium.dumpDom(page, work));
    assertThat(dom.title()).isEqualTo("presslens corpus — 36 reports");
    assertThat(dom.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    assertThat(dom.select("table.entities tbody tr")).hasSize(5);
    assertThat(dom.select("table.entities td.name").eachText()).contains("Vladimir Putin", "Russia");
    assertThat(dom.select("svg.multiple")).hasSize(5);
    for (Element svg : dom.select("svg.multiple")) {
      assertThat(new java.util.HashSet<>(svg.select("polyline.mean").eachAttr("stroke"))).as("a line per outlet")
          .hasSize(3);
      assertThat(svg.select("polygon.band")).hasSameSizeAs(svg.select("polyline.mean"));
    }
    assertThat(dom.select(".legend li").eachText())
        .containsExactly("Centre Daily", "Right Times", "The Left Paper");
    assertThat(dom.select("table.heatmap thead th").eachText())
        .containsExactly("entity", "Centre Daily", "Right Times", "The Left Paper");
    assertThat(dom.select("table.heatmap td.cell[style]").size()).isGreaterThan(10);
    assertThat(dom.select("ul.examples a[href=001.html]")).as("the link to the page next to it").isNotEmpty();
    assertThat(dom.select("ul.bad li").eachText()).anyMatch(t -> t.contains("empty input"))
        .anyMatch(t -> t.contains("malformed"));
    assertThat(dom.select("script")).isEmpty();
  }

  @Test
  void hostileOutletAndEntityNamesShowLiterallyAndRunNothing() throws Exception {
    Chromium chromium = browser.orElseThrow();
    Path page = work.resolve("corpus-xss.html");
    CliRun run = CliRun.of("corpus", "--by", "outlet,dir", "--min-articles", "1", "--format", "html",
        "--out", page.toString(), fixture("hostile-reports.jsonl").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).doesNotContain("<script", "<img", "<svg onload");

    String dumped = chromium.dumpDom(page, work);
    chromium.screenshot(page, work.resolve("corpus-xss.png"), 1280, 1200, work);
    assertThat(dumped).doesNotContain("data-pwned=");
    Document dom = Jsoup.parse(dumped);
    assertThat(dom.title()).isEqualTo("presslens corpus — 6 reports");
    assertThat(dom.select("script, img")).isEmpty();
    for (Element e : dom.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    assertThat(dom.select("table.heatmap thead th").eachText()).contains("<script>document.title='pwned'</script> & Co");
    assertThat(dom.select("table.entities td.name").eachText()).contains(
        "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','entity')\"> Putin",
        "\"><svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\">");
    assertThat(dom.select("ul.examples q").eachText()).anyMatch(t -> t.contains("<img src=x onerror="));
  }
}
