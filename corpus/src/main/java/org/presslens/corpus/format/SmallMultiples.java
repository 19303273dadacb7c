package org.presslens.corpus.format;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.CorpusSummary.Group;
import org.presslens.corpus.GroupBy;

/**
 * The dashboard's small multiples: per entity an SVG of the author-voice sentiment over the periods of the time
 * grouping, one line per value of the other groupings, with the 95% interval as a band. Periods where a group is too
 * small or has no sentiment are gaps. All entities share one y scale.
 */
final class SmallMultiples {
  static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
      "#17becf"};
  private static final int W = 280;
  private static final int H = 130;
  private static final int PAD = 24;

  private SmallMultiples() {
  }

  /** The section, or a note when the summary has no time grouping. */
  static String section(CorpusSummary s) {
    int t = timeIndex(s.options().by());
    StringBuilder out = new StringBuilder("<section id=\"trends\"><h2>Sentiment over time</h2>\n");
    if (t < 0) {
      return out.append("<p class=\"note\">Group by week, month or year (e.g. <code>--by dir,month</code>) for the"
          + " sentiment of each entity over time.</p></section>\n").toString();
    }
    List<String> periods = new ArrayList<>(new TreeSet<>(s.groups().stream().map(g -> g.values().get(t)).toList()));
    Map<String, Integer> series = new LinkedHashMap<>();
    for (Group g : s.groups()) {
      series.putIfAbsent(seriesName(g, t), series.size());
    }
    double scale = scale(s);
    out.append("<p class=\"note\">Mean author-voice sentiment toward each entity per ")
        .append(text(s.options().by().get(t).label())).append(" (−").append(Numbers.fixed(scale, 1)).append(" … +")
        .append(Numbers.fixed(scale, 1)).append("), with its 95% bootstrap interval as a band; gaps: too few")
        .append(" articles or no sentiment.</p>\n<ul class=\"legend\">");
    series.forEach((name, i) -> out.append("<li><span class=\"swatch\" style=\"background:")
        .append(COLORS[i % COLORS.length]).append("\"></span>").append(text(name.isEmpty() ? "all" : name))
        .append("</li>"));
    out.append("</ul>\n<div class=\"multiples\">\n");
    for (EntityRow e : s.entities()) {
      out.append("<figure class=\"multiple\"><figcaption>").append(text(e.name())).append("</figcaption>")
          .append(svg(s, e, t, periods, series, scale)).append("</figure>\n");
    }
    return out.append("</div></section>\n").toString();
  }

  static int timeIndex(List<GroupBy> by) {
    for (int i = 0; i < by.size(); i++) {
      if (by.get(i).isTime()) {
        return i;
      }
    }
    return -1;
  }

  private static String seriesName(Group g, int t) {
    List<String> rest = new ArrayList<>(g.values());
    rest.remove(t);
    return String.join(" / ", rest);
  }

  private static double scale(CorpusSummary s) {
    double max = 0.1;
    for (EntityRow e : s.entities()) {
      for (Cell c : e.cells()) {
        if (c.sentiment() != null) {
          max = Math.max(max, Math.abs(c.sentiment().mean()));
          if (c.sentiment().low() != null) {
            max = Math.max(max, Math.max(Math.abs(c.sentiment().low()), Math.abs(c.sentiment().high())));
          }
        }
      }
    }
    return Math.min(1.0, Math.ceil(max * 10) / 10);
  }

  private static String svg(CorpusSummary s, EntityRow e, int t, List<String> periods, Map<String, Integer> series,
                            double scale) {
    StringBuilder svg = new StringBuilder("<svg class=\"multiple\" viewBox=\"0 0 " + W + " " + H + "\" width=\"" + W
        + "\" height=\"" + H + "\" role=\"img\" aria-label=\"" + attribute("sentiment toward " + e.name()) + "\">");
    svg.append("<line class=\"zero\" x1=\"").append(PAD).append("\" x2=\"").append(W - 4).append("\" y1=\"")
        .append(y(0, scale)).append("\" y2=\"").append(y(0, scale)).append("\"/>");
    svg.append("<text class=\"axis\" x=\"2\" y=\"").append(y(scale, scale) + 4).append("\">+")
        .append(Numbers.fixed(scale, 1)).append("</text><text class=\"axis\" x=\"2\" y=\"").append(y(-scale, scale))
        .append("\">−").append(Numbers.fixed(scale, 1)).append("</text>");
    svg.append("<text class=\"axis\" x=\"").append(PAD).append("\" y=\"").append(H - 2).append("\">")
        .append(text(periods.get(0))).append("</text><text class=\"axis end\" x=\"").append(W - 4).append("\" y=\"")
        .append(H - 2).append("\">").append(text(periods.get(periods.size() - 1))).append("</text>");
    for (Map.Entry<String, Integer> line : series.entrySet()) {
      String color = COLORS[line.getValue() % COLORS.length];
      List<double[]> run = new ArrayList<>();
      for (String period : periods) {
        Cell c = cellAt(s, e, t, line.getKey(), period);
        if (c == null || c.tooSmall() || c.sentiment() == null) {
          draw(svg, run, color, scale);
          run.clear();
          continue;
        }
        CorpusSummary.Sentiment m = c.sentiment();
        run.add(new double[] {x(periods.indexOf(period), periods.size()), m.mean(),
            m.low() == null ? m.mean() : m.low(), m.high() == null ? m.mean() : m.high()});
      }
      draw(svg, run, color, scale);
    }
    return svg.append("</svg>").toString();
  }

  private static Cell cellAt(CorpusSummary s, EntityRow e, int t, String series, String period) {
    for (int i = 0; i < s.groups().size(); i++) {
      Group g = s.groups().get(i);
      if (g.values().get(t).equals(period) && seriesName(g, t).equals(series)) {
        return e.cells().get(i);
      }
    }
    return null;
  }

  private static void draw(StringBuilder svg, List<double[]> run, String color, double scale) {
    if (run.isEmpty()) {
      return;
    }
    StringBuilder band = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (double[] p : run) {
      band.append(fmt(p[0])).append(',').append(fmt(y(p[3], scale))).append(' ');
      line.append(fmt(p[0])).append(',').append(fmt(y(p[1], scale))).append(' ');
    }
    for (int i = run.size() - 1; i >= 0; i--) {
      band.append(fmt(run.get(i)[0])).append(',').append(fmt(y(run.get(i)[2], scale))).append(' ');
    }
    svg.append("<polygon class=\"band\" fill=\"").append(color).append("\" points=\"").append(band.toString().strip())
        .append("\"/><polyline class=\"mean\" stroke=\"").append(color).append("\" points=\"")
        .append(line.toString().strip()).append("\"/>");
    for (double[] p : run) {
      svg.append("<circle class=\"point\" fill=\"").append(color).append("\" r=\"2.5\" cx=\"").append(fmt(p[0]))
          .append("\" cy=\"").append(fmt(y(p[1], scale))).append("\"/>");
    }
  }

  private static double x(int i, int n) {
    return n == 1 ? (PAD + W - 4) / 2.0 : PAD + 6 + i * (W - PAD - 16) / (double) (n - 1);
  }

  private static double y(double v, double scale) {
    return 8 + (1 - (v + scale) / (2 * scale)) * (H - 26);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
