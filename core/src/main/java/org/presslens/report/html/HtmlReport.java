package org.presslens.report.html;

import static org.presslens.report.html.HtmlEscaper.attribute;
import static org.presslens.report.html.HtmlEscaper.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.RemovedText;
import org.presslens.model.Repair;
import org.presslens.report.AnalysisReport;
import org.presslens.report.Failure;
import org.presslens.result.EntitiesResult;
import org.presslens.result.SentimentResult;
import org.presslens.result.Voice;
import tools.jackson.databind.JsonNode;

/**
 * Renders an {@link AnalysisReport} as one self-contained HTML page: the article metadata; the text with entity
 * mentions highlighted by type (canonical name and sentiment in the tooltip) and sentences shaded by sentiment; the
 * sentiment arc as an inline SVG chart; the entity table; the stance table with links to the evidence sentences;
 * repairs and removed page furniture; any other analyzer's result as JSON; failures.
 *
 * <p>The page loads nothing: no script, no font, no image, no style sheet from anywhere (inline CSS only), and its
 * Content-Security-Policy forbids scripts and network access outright. Every piece of article text, metadata and
 * analyzer output is escaped with {@link HtmlEscaper}, so an article containing markup shows it literally.
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

  /** The page for {@code report}. */
  public static String render(AnalysisReport report) {
    ReportView v = ReportView.of(report);
    Article a = v.article;
    StringBuilder out = new StringBuilder(a.text().length() * 3 + 30_000);
    head(out, displayTitle(a));
    out.append("<main>\n");
    header(out, v);
    out.append("<section id=\"arc\"><h2>Sentiment arc</h2>\n");
    ArcChart.render(out, v);
    out.append("<div class=\"legend\"><span>line: smoothed arc</span><span><i class=\"swatch\" "
        + "style=\"background:#dc2626\"></i>negative sentence</span><span><i class=\"swatch\" "
        + "style=\"background:#16a34a\"></i>positive sentence</span><span><i class=\"swatch\" "
        + "style=\"background:#7c3aed\"></i>document score</span><span>dotted: section starts</span>"
        + "<span>click a dot to jump to its sentence</span></div>\n</section>\n");
    out.append("<section id=\"article\"><h2>Text</h2>\n");
    legend(out, v);
    TextMarkup.render(out, v);
    out.append("</section>\n");
    entityTable(out, v);
    stanceTable(out, v);
    repairsAndRemoved(out, v);
    otherResults(out, v);
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
    head(out, "error: " + input);
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

  private static void head(StringBuilder out, String title) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"presslens\">\n")
        .append("<title>presslens — ").append(text(title)).append("</title>\n")
        .append("<style>\n").append(Styles.CSS).append("</style>\n</head>\n<body>\n");
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
    int sentences = v.sentiment != null ? v.sentiment.sentences().size() : 0;
    meta(out, "size", String.format(Locale.ROOT, "%d chars · %d sections · %d paragraphs%s", a.text().length(),
        a.sections().size(), a.paragraphs().size(), sentences > 0 ? " · " + sentences + " sentences" : ""));
    if (v.sentiment != null) {
      meta(out, "sentiment model", v.sentiment.model()
          + (v.sentiment.calibration() != null ? " (calibration " + v.sentiment.calibration() + ")" : ""));
    }
    out.append("</dl>\n<div class=\"summary\">\n");
    if (v.sentiment != null && v.sentiment.document() != null) {
      SentimentResult.DocumentSentiment d = v.sentiment.document();
      card(out, "<span class=\"chip " + Format.labelClass(String.valueOf(d.label())) + "\">" + text(String.valueOf(d.label()))
          + "</span> " + Format.signed(d.score()), "document sentiment");
      card(out, Format.fixed(d.magnitude()), "magnitude");
      card(out, Format.fixed(d.confidence()), "confidence");
    }
    if (v.entities != null) {
      card(out, String.valueOf(v.entities.entities().size()), "entities");
    }
    if (v.stance != null) {
      card(out, String.valueOf(v.stances().size()), "stances");
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

  /** {@code valueHtml} is markup built by this class from escaped parts. */
  private static void card(StringBuilder out, String valueHtml, String caption) {
    out.append("<div class=\"card\"><b>").append(valueHtml).append("</b><span>").append(text(caption))
        .append("</span></div>\n");
  }

  private static void legend(StringBuilder out, ReportView v) {
    Set<String> types = new LinkedHashSet<>();
    v.mentions.forEach(m -> types.add(Format.typeClass(m.entity().type())));
    out.append("<div class=\"legend\">");
    for (String t : Styles.ENTITY_TYPES) {
      if (types.contains("t-" + t)) {
        out.append("<span><mark class=\"ent t-").append(t).append("\">").append(t.toLowerCase(Locale.ROOT)
            .replace('_', ' ')).append("</mark></span>");
      }
    }
    if (types.contains("t-OTHER")) {
      out.append("<span><mark class=\"ent t-OTHER\">other</mark></span>");
    }
    if (v.sentiment != null) {
      out.append("<span><i class=\"swatch neg-shade\"></i>negative sentence</span>")
          .append("<span><i class=\"swatch pos-shade\"></i>positive sentence</span>")
          .append("<span><i>italic</i>: quoted speech</span>");
    }
    if (!v.evidence.isEmpty()) {
      out.append("<span><sup class=\"ev-tag\">stance</sup> stance evidence</span>");
    }
    out.append("<span>hover for details</span></div>\n");
  }

  private static void entityTable(StringBuilder out, ReportView v) {
    out.append("<section id=\"entities\"><h2>Entities</h2>\n");
    if (v.entities == null) {
      out.append("<p class=\"muted\">The entities analyzer did not run on this article.</p>\n</section>\n");
      return;
    }
    List<EntitiesResult.Entity> sorted = new ArrayList<>(v.entities.entities());
    sorted.sort(Comparator.comparing((EntitiesResult.Entity e) -> e.salience() == null ? -1 : e.salience())
        .reversed().thenComparing(e -> -e.mentions().size()));
    out.append("<table class=\"entities\">\n<thead><tr><th>#</th><th>entity</th><th>type</th><th>salience</th>"
        + "<th>sentiment (scored mentions)</th><th>mentions</th><th>mentioned as</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    for (EntitiesResult.Entity e : sorted) {
      rank++;
      long quoted = e.mentions().stream().filter(m -> m.voice() == Voice.QUOTED).count();
      Set<String> forms = new LinkedHashSet<>();
      e.mentions().forEach(m -> forms.add(m.text()));
      out.append("<tr id=\"").append(v.entityAnchor(e)).append("\"><td class=\"num\">").append(rank).append("</td>")
          .append("<td><mark class=\"ent ").append(Format.typeClass(e.type())).append("\">").append(text(e.name()))
          .append("</mark></td><td class=\"nowrap\">").append(text(e.type()))
          .append(e.subtype() != null ? "<br><span class=\"muted\">" + text(e.subtype().toLowerCase(Locale.ROOT)
              .replace('_', ' ')) + "</span>" : "").append("</td>");
      if (e.salience() != null) {
        double pct = Math.max(0, Math.min(1, e.salience())) * 100;
        out.append(String.format(Locale.ROOT, "<td class=\"num\"><span class=\"bar\"><span style=\"width:%.0f%%\">"
            + "</span></span>%s</td>", pct, Format.fixed(e.salience())));
      } else {
        out.append("<td class=\"num muted\">—</td>");
      }
      if (e.sentiment() != null || e.quotedSentiment() != null) {
        out.append("<td class=\"nowrap\">");
        sentimentChip(out, e.sentiment(), "");
        if (e.quotedSentiment() != null) {
          out.append(e.sentiment() != null ? "<br>" : "");
          sentimentChip(out, e.quotedSentiment(), "in quotes ");
        }
        out.append("</td>");
      } else {
        out.append("<td class=\"muted\">—</td>");
      }
      out.append("<td class=\"num\">").append(e.mentions().size())
          .append(quoted > 0 ? " <span class=\"muted\">(" + quoted + " quoted)</span>" : "").append("</td>");
      out.append("<td class=\"forms\">").append(text(String.join(", ", forms.stream().limit(6).toList())))
          .append(forms.size() > 6 ? " …" : "").append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private static void sentimentChip(StringBuilder out, EntitiesResult.EntitySentiment s, String prefix) {
    if (s == null) {
      return;
    }
    out.append(prefix.isEmpty() ? "" : "<span class=\"muted\">" + text(prefix) + "</span>")
        .append("<span class=\"chip ").append(Format.labelClass(String.valueOf(s.label()))).append("\">")
        .append(text(String.valueOf(s.label()))).append("</span> ").append(Format.signed(s.score()))
        .append(" <span class=\"muted\">(").append(s.mentions()).append(")</span>");
  }

  private static void stanceTable(StringBuilder out, ReportView v) {
    out.append("<section id=\"stance\"><h2>Stance</h2>\n");
    if (v.stance == null) {
      out.append("<p class=\"muted\">The stance analyzer did not run on this article.</p>\n</section>\n");
      return;
    }
    List<JsonNode> items = v.stances();
    if (items.isEmpty()) {
      out.append("<p class=\"muted\">No stance targets.</p>\n");
      if (!v.stance.path("stances").isArray()) {
        json(out, v.stance);
      }
      out.append("</section>\n");
      return;
    }
    out.append("<table class=\"stance\">\n<thead><tr><th>target</th><th>kind</th><th>stance</th><th>confidence</th>"
        + "<th>score</th><th>evidence (links into the text)</th><th>model</th></tr></thead>\n<tbody>\n");
    for (JsonNode item : items) {
      String label = ReportView.str(item, "label");
      String entityAnchor = v.entityAnchorById(ReportView.str(item, "entityId"));
      String target = text(ReportView.str(item, "target"));
      out.append("<tr><td class=\"target\"><b>")
          .append(entityAnchor != null ? "<a href=\"#" + entityAnchor + "\">" + target + "</a>" : target)
          .append("</b></td><td>")
          .append(text(ReportView.str(item, "targetKind"))).append("</td><td><span class=\"chip ")
          .append(Format.labelClass(label)).append("\">").append(text(label)).append("</span></td>")
          .append("<td class=\"num\">").append(number(item.path("confidence"), false)).append("</td>")
          .append("<td class=\"num\">").append(number(item.path("score"), true)).append("</td><td>");
      List<JsonNode> evidence = new ArrayList<>();
      item.path("evidence").forEach(evidence::add);
      if (evidence.isEmpty()) {
        out.append("<span class=\"muted\">none</span>");
      } else {
        out.append("<ol class=\"evidence\">");
        for (JsonNode ev : evidence) {
          int begin = ev.path("begin").asInt(-1);
          int end = ev.path("end").asInt(-1);
          String evText = ReportView.str(ev, "text");
          if (evText.isEmpty() && v.validSpan(begin, end)) {
            evText = v.text.substring(begin, end);
          }
          String title = (ReportView.str(ev, "label") + " " + (ev.path("weight").isNumber()
              ? "weight " + Format.fixed(ev.path("weight").asDouble()) : "")).trim();
          out.append("<li>");
          if (v.validSpan(begin, end)) {
            out.append("<a href=\"#").append(v.anchorFor(begin)).append("\" title=\"").append(attribute(title))
                .append("\">").append(text(ArcChart.snippet(evText, 110))).append("</a>");
          } else {
            out.append(text(ArcChart.snippet(evText, 110)));
          }
          out.append("</li>");
        }
        out.append("</ol>");
      }
      out.append("</td><td class=\"muted nowrap\">").append(text(ReportView.str(item, "model"))).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private static String number(JsonNode n, boolean signed) {
    if (!n.isNumber()) {
      return n.isMissingNode() || n.isNull() ? "—" : text(n.asString());
    }
    return signed ? Format.signed(n.asDouble()) : Format.fixed(n.asDouble());
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

  private static void otherResults(StringBuilder out, ReportView v) {
    if (v.others.isEmpty()) {
      return;
    }
    out.append("<section id=\"other-results\"><h2>Other analyzers</h2>\n");
    for (Map.Entry<String, JsonNode> e : v.others.entrySet()) {
      out.append("<details id=\"result-").append(attribute(e.getKey().replaceAll("[^a-z0-9-]", "_"))).append("\">")
          .append("<summary>").append(text(e.getKey())).append("</summary>\n");
      json(out, e.getValue());
      out.append("</details>\n");
    }
    out.append("</section>\n");
  }

  private static void json(StringBuilder out, JsonNode node) {
    out.append("<pre>").append(text(PresslensJson.pretty().writeValueAsString(node))).append("</pre>\n");
  }

  private static void failures(StringBuilder out, ReportView v) {
    AnalysisReport r = v.report;
    if (!r.failures().isEmpty()) {
      out.append("<section id=\"failures\"><h2>Failures</h2>\n<ul>\n");
      for (Failure f : r.failures()) {
        out.append("<li><b>").append(text(f.analyzer())).append("</b>: ").append(text(f.error())).append("</li>\n");
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
