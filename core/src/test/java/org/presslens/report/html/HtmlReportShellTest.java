package org.presslens.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.render.Highlight;
import org.presslens.render.RenderContext;
import org.presslens.render.Renderers;
import org.presslens.render.ResultRenderer;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.ResultKey;

/** The page shell with a renderer of its own: layout rules, and time linear in the article's length. */
class HtmlReportShellTest {

  /** Segments on every paragraph's first sentence and a mark on every paragraph's first word. */
  static final class Segments implements ResultRenderer<String> {
    @Override
    public ResultKey<String> key() {
      return ResultKey.of("seg", String.class);
    }

    @Override
    public List<Highlight> highlights(String result, RenderContext context) {
      List<Highlight> out = new ArrayList<>();
      for (Paragraph p : context.article().paragraphs()) {
        out.add(Highlight.segment(p.begin(), p.end(), "seg bad\"class", "segment").withTag("seg"));
        out.add(Highlight.mark(p.begin(), p.begin() + 8, "first", "first word"));
      }
      return out;
    }
  }

  private static Article article(int paragraphs) {
    Article.Builder b = Article.builder().language("en");
    for (int i = 0; i < paragraphs; i++) {
      b.paragraph("Sentence number " + i + " is here.");
    }
    return b.build();
  }

  @Test
  void aLongArticleRendersInTimeLinearInItsLength() {
    Article a = article(20_000);
    AnalysisReport report = new AnalysisReport(AnalysisReport.SCHEMA_VERSION, a, Map.of("seg", "x"), List.of(),
        Map.of());
    long start = System.nanoTime();
    String html = HtmlReport.render(report, Renderers.of(new Segments()));
    double seconds = (System.nanoTime() - start) / 1e9;
    // quadratic (a paragraph list per sentence, every unit scanned per paragraph) took minutes at this size
    assertThat(seconds).as("render time of 20,000 paragraphs").isLessThan(10);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("#text span.s.seg")).hasSize(20_000);
    assertThat(doc.select("#text span.s.seg mark.first")).hasSize(20_000);
    assertThat(doc.select("#text span.s.seg").first().className()).isEqualTo("s seg"); // the bad class is dropped
    assertThat(doc.select("#text sup.tag")).hasSize(20_000);
  }

  @Test
  void articleParagraphsIsUnmodifiable() {
    assertThatThrownBy(() -> article(2).paragraphs().add(new Paragraph(0, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
