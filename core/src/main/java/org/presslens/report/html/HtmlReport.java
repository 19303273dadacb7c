package org.presslens.report.html;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.model.Article;
import org.presslens.model.RemovedText;
import org.presslens.model.Repair;
import org.presslens.render.Card;
import org.presslens.render.Fact;
import org.presslens.render.GenericResults;
import org.presslens.render.Placement;
import org.presslens.render.Renderers;
import org.presslens.render.ResultRenderer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;

/**
 * Renders an {@link AnalysisReport} as one self-contained HTML page: the article metadata and summary cards; each
 * analyzer's section, drawn by its {@link ResultRenderer} (found with {@link Renderers#discover()}); the text with
 * every renderer's highlights; repairs and removed page furniture; a table of the fields of any result without a
 * renderer; failures. This shell knows no analyzer.
 *
 * <p>The page loads nothing: no script, no font, no image, no style sheet from anywhere (inline CSS only), and its
 * Content-Security-Policy forbids scripts and network access outright. Every piece of article text and metadata is
 * escaped with {@link org.presslens.render.HtmlEscaper}; renderers build their markup with
 * {@link org.presslens.render.Html}, so an article containing markup shows it literally.
 *
 * <pre>{@code
 * String html = HtmlReport.render(pipeline.analyze(article));
 * Files.writeString(Path.of("report.html"), html);   // UTF-8
 * }</pre>
 * Thread-safe (stateless). A report read back from JSON renders the same as the one the pipeline returned.
 */
public final class HtmlReport {

  /** No script may run and nothing may be fetched; inline styles and inline SVG only. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private HtmlReport() {
  }

  /** The page for {@code report}, with the renderers on the class path. */
  public static String render(AnalysisReport report) {
    return render(report, Renderers.discover());
  }

  /** The page for {@code report}, with {@code renderers}. */
  public static String render(AnalysisReport report, Renderers renderers) {
    ReportView v = ReportView.of(report, renderers);
    Article a = v.article;
    StringBuilder out = new StringBuilder(a.text().length() * 3 + 30_000);
    head(out, displayTitle(a), styles(renderers));
    out.append("<main>\n");
    header(out, v);
    Map<String, ReportView.Rendered> byName = new HashMap<>();
    v.rendered.forEach(x -> byName.put(x.renderer().key().name(), x));
    sections(out, v, renderers, byName, Placement.BEFORE_TEXT);
    out.append("<section id=\"article\"><h2>Text</h2>\n");
    legend(out, v);
    TextMarkup.render(out, a, v.layout);
    out.append("</section>\n");
    sections(out, v, renderers, byName, Placement.AFTER_TEXT);
    v.generic.forEach((name, result) -> {
      out.append("<section id=\"").append(attribute(sectionId(name, "result-" + name)))
          .append("\" class=\"generic\"><h2>").append(text(name)).append("</h2>\n");
      GenericResults.table(result, out);
      out.append("</section>\n");
    });
    repairsAndRemoved(out, v);
    failures(out, v);
    out.append("<footer>presslens report, schema ").append(text(report.schemaVersion()))
        .append(" · offsets are end-exclusive char offsets into the cleaned text · a self-contained page: no"
            + " scripts, nothing loaded from the network</footer>\n");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** A page saying that {@code input} could not be analyzed, and why. */
  public static String renderError(String input, String error) {
    StringBuilder out = new StringBuilder();
    head(out, "error: " + input, Styles.CSS);
    out.append("<main>\n<header class=\"page\"><p class=\"kicker\">presslens</p><h1>Could not analyze ")
        .append(text(input)).append("</h1></header>\n<p>").append(text(error)).append("</p>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** The title shown for an article: its title, else its source's file name, else its id. */
  public static String displayTitle(Article a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    if (a.source() != null && !a.source().isBlank()) {
      try {
        Path name = Path.of(a.source()).getFileName();
        return name != null ? name.toString() : a.source();
      } catch (RuntimeException e) {
        return a.source();
      }
    }
    return a.id();
  }

  /** The shell's style sheet and every renderer's that is safe to inline. */
  private static String styles(Renderers renderers) {
    StringBuilder css = new StringBuilder(Styles.CSS);
    for (ResultRenderer<?> r : renderers.all()) {
      String rules;
      try {
        rules = r.css();
      } catch (RuntimeException e) {
        continue;
      }
      String lower = rules == null ? "" : rules.toLowerCase(Locale.ROOT);
      if (!lower.isBlank() && !lower.contains("<") && !lower.contains("url(") && !lower.contains("@import")) {
        css.append(rules.endsWith("\n") ? rules : rules + "\n");
      }
    }
    return css.toString();
  }

  /** A section id: {@code preferred} when it is a plain name the page does not use itself, else a safe fallback. */
  private static String sectionId(String preferred, String fallback) {
    if (preferred.matches("[a-z][a-z0-9-]{0,40}") && !List.of("text", "article", "title", "repairs", "failures")
        .contains(preferred) && !preferred.matches("[ps]\\d+")) {
      return preferred;
    }
    return "result-" + fallback.replaceAll("[^a-z0-9-]", "_");
  }

  private static void head(StringBuilder out, String title, String css) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"presslens\">\n")
        .append("<title>presslens — ").append(text(title)).append("</title>\n")
        .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n");
  }

  private static void header(StringBuilder out, ReportView v) {
    Article a = v.article;
    out.append("<header class=\"page\">\n");
    List<String> kicker = new ArrayList<>();
    if (a.outlet() != null) {
      kicker.add(a.outlet());
    }
    if (a.published() != null) {
      kicker.add(a.published().toString());
    }
    kicker.add("presslens report");
    out.append("<p class=\"kicker\">").append(text(String.join(" · ", kicker))).append("</p>\n");
    out.append("<h1 id=\"title\">").append(text(displayTitle(a))).append("</h1>\n");
    if (!a.authors().isEmpty()) {
      out.append("<p class=\"byline\">by ").append(text(String.join(", ", a.authors()))).append("</p>\n");
    }
    out.append("<dl class=\"meta\">\n");
    meta(out, "source", a.source());
    meta(out, "id", a.id());
    meta(out, "language", a.language());
    meta(out, "author bio", a.authorBio());
    meta(out, "size", String.format(Locale.ROOT, "%d chars · %d sections · %d paragraphs", a.text().length(),
        a.sections().size(), v.layout.paragraphs.size()));
    for (ReportView.Rendered x : v.rendered) {
      for (Fact f : v.call(x, r -> r.renderer().facts(r.view()), List.<Fact>of())) {
        meta(out, f.name(), f.value());
      }
    }
    out.append("</dl>\n<div class=\"summary\">\n");
    for (ReportView.Rendered x : v.rendered) {
      for (Card c : v.call(x, r -> r.renderer().cards(r.view()), List.<Card>of())) {
        card(out, c.valueHtml(), c.caption());
      }
    }
    card(out, String.valueOf(a.repairs().size()), "repairs");
    card(out, String.valueOf(a.removed().size()), "removed");
    out.append("</div>\n</header>\n");
  }

  private static void meta(StringBuilder out, String name, String value) {
    if (value != null && !value.isBlank()) {
      out.append("<dt>").append(text(name)).append("</dt><dd>").append(text(value)).append("</dd>\n");
    }
  }

  /** {@code valueHtml} is markup built from escaped parts. */
  private static void card(StringBuilder out, String valueHtml, String caption) {
    out.append("<div class=\"card\"><b>").append(valueHtml).append("</b><span>").append(text(caption))
        .append("</span></div>\n");
  }

  private static void legend(StringBuilder out, ReportView v) {
    out.append("<div class=\"legend\">");
    for (ReportView.Rendered x : v.rendered) {
      out.append(v.call(x, r -> r.renderer().legend(r.view(), v), ""));
    }
    out.append("<span>hover for details</span></div>\n");
  }

  private static void sections(StringBuilder out, ReportView v, Renderers renderers,
                               Map<String, ReportView.Rendered> byName, Placement placement) {
    for (ResultRenderer<?> r : renderers.all()) {
      if (r.placement() != placement) {
        continue;
      }
      String name = r.key().name();
      ReportView.Rendered x = byName.get(name);
      if (x == null && !v.absent.contains(r)) {
        continue; // a result this renderer cannot read: shown with the generic ones
      }
      out.append("<section id=\"").append(attribute(sectionId(r.sectionId(), name))).append("\"><h2>")
          .append(text(r.title())).append("</h2>\n");
      if (x == null) {
        boolean failed = v.report.failures().stream().anyMatch(f -> name.equals(f.analyzer()));
        out.append("<p class=\"muted\">The ").append(text(name)).append(" analyzer did not run on this article")
            .append(failed ? " (see Failures)." : ".").append("</p>\n");
      } else {
        StringBuilder body = new StringBuilder();
        boolean ok = v.call(x, y -> {
          y.renderer().section(y.view(), v, body);
          return true;
        }, false);
        if (ok) {
          out.append(body);
        } else {
          GenericResults.table(x.view(), out);
        }
      }
      out.append("</section>\n");
    }
  }

  private static void repairsAndRemoved(StringBuilder out, ReportView v) {
    Article a = v.article;
    out.append("<section id=\"repairs\"><h2>Repairs and removed text</h2>\n<div class=\"two\">\n<div>\n");
    out.append("<h3>Repairs (").append(a.repairs().size()).append(")</h3>\n");
    if (a.repairs().isEmpty()) {
      out.append("<p class=\"muted\">None.</p>\n");
    } else {
      out.append("<table class=\"repairs\"><thead><tr><th>as scraped</th><th>repaired</th><th>kind</th><th>at</th>"
          + "</tr></thead><tbody>\n");
      for (Repair r : a.repairs()) {
        out.append("<tr><td><del>").append(text(r.original())).append("</del></td><td>").append(text(r.replacement()))
            .append("</td><td class=\"muted\">").append(text(r.kind())).append("</td><td class=\"num\"><a href=\"#")
            .append(v.anchorFor(r.begin())).append("\">").append(r.begin()).append('–').append(r.end())
            .append("</a></td></tr>\n");
      }
      out.append("</tbody></table>\n");
    }
    out.append("</div>\n<div>\n<h3>Removed (").append(a.removed().size()).append(")</h3>\n");
    if (a.removed().isEmpty()) {
      out.append("<p class=\"muted\">Nothing.</p>\n");
    } else {
      out.append("<table class=\"removed\"><thead><tr><th>text</th><th>reason</th></tr></thead><tbody>\n");
      for (RemovedText r : a.removed()) {
        out.append("<tr><td>").append(text(r.text())).append("</td><td class=\"muted\">").append(text(r.reason()))
            .append("</td></tr>\n");
      }
      out.append("</tbody></table>\n");
    }
    out.append("</div>\n</div>\n</section>\n");
  }

  private static void failures(StringBuilder out, ReportView v) {
    AnalysisReport r = v.report;
    if (!r.failures().isEmpty() || !v.problems.isEmpty()) {
      out.append("<section id=\"failures\"><h2>Failures</h2>\n<ul>\n");
      for (Failure f : r.failures()) {
        out.append("<li><b>").append(text(f.analyzer())).append("</b>: ").append(text(f.error())).append("</li>\n");
      }
      for (String p : v.problems) {
        out.append("<li><b>rendering</b>: ").append(text(p)).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    if (!r.timingsMs().isEmpty()) {
      List<String> parts = new ArrayList<>();
      r.timingsMs().forEach((k, ms) -> parts.add(k + " " + ms + " ms"));
      out.append("<p class=\"muted\">timings: ").append(text(String.join(" · ", parts))).append("</p>\n");
    }
  }
}
