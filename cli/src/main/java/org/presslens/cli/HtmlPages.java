package org.presslens.cli;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.model.Article;
import org.presslens.render.Renderers;
import org.presslens.render.ResultRenderer;
import org.presslens.report.AnalysisReport;
import org.presslens.report.html.HtmlReport;

/**
 * {@code --format html} with several inputs (or an {@code --out} directory): one self-contained page per input,
 * named after the input file ({@code 001.txt} → {@code 001.html}; {@code -2}, {@code -3} ... on a clash; standard
 * input → {@code stdin.html}), an error page for an input that could not be read, and {@code index.html} linking
 * them all. Pages are written as outcomes arrive, so memory stays bounded; the index keeps one line per input.
 */
final class HtmlPages {
  static final String INDEX = "index.html";

  private final Path dir;
  private final Set<String> used = new HashSet<>(Set.of("index"));
  private final List<String> rows = new ArrayList<>();
  private final Renderers renderers;

  HtmlPages(Path dir, Renderers renderers) {
    this.dir = dir;
    this.renderers = renderers;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + dir + ": cannot create the directory: " + e.getMessage());
    }
  }

  void write(Outcome outcome) {
    String page = pageName(outcome.input());
    String html = outcome.isOk() ? HtmlReport.render(outcome.report(), renderers)
        : HtmlReport.renderError(outcome.input().name(), outcome.error().error());
    try {
      Files.writeString(dir.resolve(page), html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows.add(row(outcome, page));
  }

  /** Writes {@code index.html}; returns its path. */
  Path finish() {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlReport.CONTENT_SECURITY_POLICY)
        .append("\">\n<title>presslens — ").append(rows.size()).append(" reports</title>\n<style>\n")
        .append("body{font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;color:#1f2937;")
        .append("max-width:1100px;margin:0 auto;padding:24px}table{border-collapse:collapse;width:100%}")
        .append("th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top}")
        .append("th{font-size:12px;text-transform:uppercase;color:#6b7280}.err{color:#b91c1c}.muted{color:#6b7280}")
        .append("\n</style>\n</head>\n<body>\n<h1>presslens reports</h1>\n<p class=\"muted\">").append(rows.size())
        .append(" inputs, in input order. Each page is self-contained.</p>\n<table>\n<thead><tr><th>#</th><th>report</th>")
        .append("<th>outlet</th><th>summary</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); i++) {
      out.append("<tr><td>").append(i + 1).append("</td>").append(rows.get(i)).append("</tr>\n");
    }
    out.append("</tbody></table>\n</body>\n</html>\n");
    Path index = dir.resolve(INDEX);
    try {
      Files.writeString(index, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index;
  }

  private String row(Outcome outcome, String page) {
    String link = "<a href=\"" + attribute(page) + "\">";
    if (!outcome.isOk()) {
      return "<td>" + link + text(outcome.input().name()) + "</a></td><td></td><td class=\"err\">"
          + text(outcome.error().error()) + "</td>";
    }
    AnalysisReport r = outcome.report();
    Article a = r.article();
    List<String> briefs = new ArrayList<>();
    for (ResultRenderer<?> renderer : renderers.all()) {
      Object result = r.results().get(renderer.key().name());
      String brief = result == null ? "" : brief(renderer, result);
      if (!brief.isBlank()) {
        briefs.add(renderer.key().name() + ": " + brief);
      }
    }
    return "<td>" + link + text(HtmlReport.displayTitle(a)) + "</a><br><span class=\"muted\">" + text(a.source())
        + "</span></td><td>" + text(a.outlet()) + "</td><td>" + text(String.join(" · ", briefs)) + "</td>";
  }

  private static <V> String brief(ResultRenderer<V> renderer, Object result) {
    try {
      return Renderers.view(renderer, result).map(renderer::brief).orElse("");
    } catch (RuntimeException e) {
      return "";
    }
  }

  private String pageName(Input input) {
    String base;
    if (input.path() == null && input.problem() == null) {
      base = "stdin";
    } else {
      String file = Path.of(input.name()).getFileName() == null ? input.name()
          : Path.of(input.name()).getFileName().toString();
      int dot = file.lastIndexOf('.');
      base = (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^A-Za-z0-9._-]", "_");
      if (base.isEmpty() || base.startsWith(".")) {
        base = "input" + base;
      }
    }
    String name = base;
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    return name + ".html";
  }
}
