package org.presslens.analyzers.sentiment.report;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.util.Locale;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.model.Section;
import org.presslens.render.Html;
import org.presslens.render.RenderContext;

/**
 * The sentiment arc as an inline SVG chart: the smoothed arc through the article, every scored sentence as a dot
 * (linked to the sentence in the text), the document score, and the section boundaries.
 */
final class ArcChart {
  static final int WIDTH = 960;
  static final int HEIGHT = 240;
  private static final int LEFT = 46;
  private static final int RIGHT = 14;
  private static final int TOP = 14;
  private static final int BOTTOM = 30;

  /** The chart's style rules. */
  static final String CSS = """
      svg.arc { width: 100%; height: auto; display: block; background: var(--panel); border: 1px solid var(--rule);
                border-radius: 6px; }
      svg.arc .pos-band { fill: #ecfdf3; } svg.arc .neg-band { fill: #fef2f2; }
      svg.arc .grid { stroke: #d1d5db; stroke-dasharray: 3 4; } svg.arc .zero { stroke: #6b7280; }
      svg.arc .section { stroke: #9ca3af; stroke-dasharray: 2 3; }
      svg.arc .doc { stroke: #7c3aed; stroke-dasharray: 6 4; stroke-width: 1.5; }
      svg.arc .axis { font-size: 11px; fill: #6b7280; }
      svg.arc .doc-label { fill: #7c3aed; font-weight: 600; paint-order: stroke; stroke: #f9fafb; stroke-width: 3px; }
      svg.arc .arc-line { fill: none; stroke: #111827; stroke-width: 2.5; stroke-linejoin: round; }
      svg.arc .arc-point { fill: #111827; }
      svg.arc .dot { opacity: .55; } svg.arc .dot.neg { fill: #dc2626; } svg.arc .dot.pos { fill: #16a34a; }
      svg.arc .dot.neu { fill: #9ca3af; } svg.arc a:hover .dot { opacity: 1; }
      """;

  private ArcChart() {
  }

  static void render(StringBuilder out, SentimentResult s, RenderContext context) {
    String text = context.article().text();
    if (s.arc().isEmpty() && s.sentences().isEmpty()) {
      out.append("<p class=\"muted\">No sentiment arc: no sentence was scored.</p>\n");
      return;
    }
    out.append("<svg class=\"arc\" id=\"arc-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"arc-title\">\n");
    out.append("<title id=\"arc-title\">Sentiment arc: smoothed sentence sentiment from the start (left) to the end"
        + " (right) of the article, -1 (negative) to +1 (positive)</title>\n");
    double x0 = LEFT;
    double x1 = WIDTH - RIGHT;
    out.append(String.format(Locale.ROOT, "<rect class=\"pos-band\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>%n",
        x0, y(1), x1 - x0, y(0) - y(1)));
    out.append(String.format(Locale.ROOT, "<rect class=\"neg-band\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>%n",
        x0, y(0), x1 - x0, y(-1) - y(0)));
    for (double g : new double[] {1, 0.5, 0, -0.5, -1}) {
      out.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>%n",
          g == 0 ? "zero" : "grid", x0, x1, y(g), y(g)));
      out.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          x0 - 6, y(g) + 4, g == 0 ? "0" : String.format(Locale.ROOT, "%+.1f", g)));
    }
    out.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\">start</text>%n", x0, HEIGHT - 8));
    out.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"end\">end</text>%n",
        x1, HEIGHT - 8));
    int length = Math.max(1, text.length());
    for (Section section : context.article().sections()) {
      if (section.heading() != null && section.begin() > 0) {
        double x = x(section.begin() / (double) length);
        out.append(String.format(Locale.ROOT,
            "<line class=\"section\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%.1f\"><title>%s</title></line>%n",
            x, x, TOP, y(-1), text("section: " + section.heading())));
      }
    }
    if (s.document() != null) {
      double yd = y(clamp(s.document().score()));
      out.append(String.format(Locale.ROOT, "<line class=\"doc\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\">"
          + "<title>document score %s</title></line>%n", x0, x1, yd, yd, Html.signed(s.document().score())));
      out.append(String.format(Locale.ROOT, "<text class=\"axis doc-label\" x=\"%.1f\" y=\"%.1f\">"
          + "document %s</text>%n", x0 + 6, yd - 6, Html.signed(s.document().score())));
    }
    for (SentimentResult.SentenceSentiment sentence : s.sentences()) {
      if (sentence.score() == null || sentence.begin() < 0 || sentence.end() <= sentence.begin()
          || sentence.end() > text.length()) {
        continue;
      }
      double mid = (sentence.begin() + sentence.end()) / 2.0 / length;
      String snippet = Html.snippet(text.substring(sentence.begin(), sentence.end()), 140);
      out.append("<a href=\"#").append(attribute(context.anchorFor(sentence.begin()))).append("\">");
      out.append(String.format(Locale.ROOT, "<circle class=\"dot %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.2\">",
          sentence.score() <= -0.15 ? "neg" : sentence.score() >= 0.15 ? "pos" : "neu", x(mid), y(clamp(sentence.score()))));
      out.append("<title>").append(text(Html.signed(sentence.score()) + " " + snippet)).append("</title></circle></a>\n");
    }
    if (!s.arc().isEmpty()) {
      StringBuilder points = new StringBuilder();
      for (SentimentResult.ArcPoint p : s.arc()) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(clamp01(p.position())), y(clamp(p.score()))));
      }
      out.append("<polyline class=\"arc-line\" points=\"").append(attribute(points.toString().trim())).append("\"/>\n");
      for (SentimentResult.ArcPoint p : s.arc()) {
        out.append(String.format(Locale.ROOT, "<circle class=\"arc-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"2\"/>%n",
            x(clamp01(p.position())), y(clamp(p.score()))));
      }
    }
    out.append("</svg>\n");
  }

  private static double clamp(double score) {
    return Math.max(-1, Math.min(1, score));
  }

  private static double clamp01(double p) {
    return Math.max(0, Math.min(1, p));
  }

  private static double x(double position) {
    return LEFT + position * (WIDTH - LEFT - RIGHT);
  }

  private static double y(double score) {
    return TOP + (1 - (score + 1) / 2) * (HEIGHT - TOP - BOTTOM);
  }
}
