package org.presslens.corpus.format;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.presslens.corpus.BadInput;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.CorpusSummary.Group;
import org.presslens.corpus.EntityPortrayal.Example;
import org.presslens.report.html.HtmlReport;

/**
 * A corpus summary as one self-contained HTML page (the dashboard): the inputs, a ranked table of the entities with
 * example sentences, small multiples of sentiment over time with confidence bands (SVG), and a heat map of entity ×
 * outlet (or directory, author). Like the article report it loads nothing and its Content-Security-Policy
 * ({@link HtmlReport#CONTENT_SECURITY_POLICY}) forbids scripts and network access; every name, sentence and source
 * is escaped. Stateless.
 */
public final class CorpusHtml {

  private CorpusHtml() {
  }

  /**
   * The page. {@code articlePage} gives, for an article's source, the link to its HTML report when there is one
   * (e.g. {@code 006-afghanistan.html} next to the page), else empty.
   */
  public static String render(CorpusSummary s, Function<String, Optional<String>> articlePage) {
    StringBuilder out = new StringBuilder(32_768);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlReport.CONTENT_SECURITY_POLICY)
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"presslens\">\n<title>presslens corpus — ")
        .append(s.inputs().reports()).append(" reports</title>\n<style>").append(DashboardStyle.CSS)
        .append("</style>\n</head>\n<body>\n<header><h1>presslens corpus</h1>\n");
    for (String line : CorpusText.header(s)) {
      out.append("<p class=\"meta\">").append(text(line)).append("</p>\n");
    }
    out.append("<nav><a href=\"#entities\">Entities</a> <a href=\"#trends\">Over time</a> ")
        .append("<a href=\"#heatmap\">Heat map</a> <a href=\"#inputs\">Inputs</a></nav></header>\n<main>\n");
    entities(s, articlePage, out);
    out.append(SmallMultiples.section(s));
    HeatMap.section(s, out);
    inputs(s, out);
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void entities(CorpusSummary s, Function<String, Optional<String>> links, StringBuilder out) {
    out.append("<section id=\"entities\"><h2>Entities</h2>\n<table class=\"entities\"><thead><tr><th>#</th>")
        .append("<th>entity</th><th>type</th><th>articles</th><th>share</th><th>mentions</th><th>salience</th>")
        .append("<th>sentiment (95% CI)</th><th>stance F / A / N</th><th>examples</th></tr></thead><tbody>\n");
    int rank = 0;
    for (EntityRow e : s.entities()) {
      rank++;
      Cell t = e.total();
      out.append("<tr id=\"entity-").append(rank).append("\"><td>").append(rank).append("</td><td class=\"name\"")
          .append(e.names().size() > 1 ? " title=\"" + attribute("also: " + String.join(", ", e.names())) + "\"" : "")
          .append(">").append(text(e.name())).append("</td><td>").append(text(e.type())).append("</td><td>")
          .append(t.articles()).append("</td><td>").append(Numbers.percent(t.share())).append("</td><td>")
          .append(t.mentions()).append("</td><td>").append(Numbers.fixed(t.salience(), 3)).append("</td><td")
          .append(HeatMap.tone(t)).append(">").append(text(Numbers.sentiment(t.sentiment()))).append("</td><td>")
          .append(stanceBar(t)).append("</td><td>");
      examples(t.examples(), links, out);
      out.append("</td></tr>\n");
    }
    out.append("</tbody></table></section>\n");
  }

  private static String stanceBar(Cell c) {
    long f = Numbers.stance(c, "FAVOR");
    long a = Numbers.stance(c, "AGAINST");
    long n = Numbers.stance(c, "NONE");
    long all = Math.max(1, f + a + n);
    return "<span class=\"stance\" title=\"" + attribute(f + " favor, " + a + " against, " + n + " none") + "\">"
        + "<span class=\"favor\" style=\"width:" + (60 * f / all) + "px\"></span>"
        + "<span class=\"against\" style=\"width:" + (60 * a / all) + "px\"></span>"
        + "<span class=\"neutral\" style=\"width:" + (60 * n / all) + "px\"></span></span> " + f + " / " + a + " / " + n;
  }

  private static void examples(List<Example> examples, Function<String, Optional<String>> links, StringBuilder out) {
    if (examples == null || examples.isEmpty()) {
      return;
    }
    out.append("<details><summary>").append(examples.size()).append(" sentence")
        .append(examples.size() == 1 ? "" : "s").append("</summary><ul class=\"examples\">");
    for (Example x : examples) {
      int b = Math.max(0, Math.min(x.begin(), x.text().length()));
      int e = Math.max(b, Math.min(x.end(), x.text().length()));
      out.append("<li><q>").append(text(x.text().substring(0, b))).append("<mark>")
          .append(text(x.text().substring(b, e))).append("</mark>").append(text(x.text().substring(e)))
          .append("</q> <span class=\"score\">").append(Numbers.score(x.score())).append("</span> — ");
      String label = x.title() != null && !x.title().isBlank() ? x.title() : String.valueOf(x.source());
      Optional<String> href = links.apply(x.source());
      if (href.isPresent()) {
        out.append("<a href=\"").append(attribute(href.get())).append("\">").append(text(label)).append("</a>");
      } else {
        out.append("<span class=\"source\" title=\"").append(attribute(String.valueOf(x.source()))).append("\">")
            .append(text(label)).append("</span>");
      }
      out.append("</li>");
    }
    out.append("</ul></details>");
  }

  private static void inputs(CorpusSummary s, StringBuilder out) {
    out.append("<section id=\"inputs\"><h2>Inputs</h2>\n<table class=\"groups\"><thead><tr><th>group</th>")
        .append("<th>articles</th></tr></thead><tbody>");
    for (Group g : s.groups()) {
      out.append("<tr").append(g.tooSmall() ? " class=\"too-small\"" : "").append("><td>").append(text(g.label()))
          .append("</td><td>").append(g.articles()).append(g.tooSmall() ? " (too small)" : "").append("</td></tr>");
    }
    out.append("</tbody></table>\n");
    if (!s.inputs().badListed().isEmpty()) {
      out.append("<h3>Bad inputs (").append(s.inputs().badTotal()).append(")</h3><ul class=\"bad\">");
      for (BadInput b : s.inputs().badListed()) {
        out.append("<li><code>").append(text(b.input())).append("</code> ")
            .append(text(b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))).append(": ")
            .append(text(b.message())).append("</li>");
      }
      out.append("</ul>");
    }
    out.append("</section>\n");
  }
}
