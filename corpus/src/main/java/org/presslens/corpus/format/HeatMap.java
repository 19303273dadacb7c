package org.presslens.corpus.format;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.util.List;
import java.util.Locale;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.CorpusSummary.Group;
import org.presslens.corpus.GroupBy;

/**
 * The dashboard's heat map: entities × the values of the first grouping that is not by time (outlet, directory or
 * author; over all periods when the summary is also grouped by time), coloured by mean author-voice sentiment (red
 * negative, green positive), with the number of articles in each cell.
 */
final class HeatMap {
  private HeatMap() {
  }

  static void section(CorpusSummary s, StringBuilder out) {
    out.append("<section id=\"heatmap\"><h2>Heat map</h2>\n");
    List<GroupBy> by = s.options().by();
    int g = -1;
    for (int i = 0; i < by.size() && g < 0; i++) {
      g = by.get(i).isTime() ? -1 : i;
    }
    if (g < 0) {
      out.append("<p class=\"note\">Group by outlet, dir or author (e.g. <code>--by outlet</code>) for a heat map of")
          .append(" entity × group.</p></section>\n");
      return;
    }
    boolean single = by.size() == 1;
    List<Group> groups = single ? s.groups() : s.marginals().get(g).groups();
    out.append("<p class=\"note\">Mean author-voice sentiment toward each entity per ")
        .append(text(by.get(g).label())).append(" (colour) and the articles mentioning it.</p>\n")
        .append("<table class=\"heatmap\"><thead><tr><th>entity</th>");
    for (Group group : groups) {
      out.append("<th title=\"").append(attribute(group.articles() + " articles")).append("\">")
          .append(text(group.values().get(0))).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (EntityRow e : s.entities()) {
      List<Cell> cells = single ? e.cells() : e.marginals().get(g);
      out.append("<tr><th>").append(text(e.name())).append("</th>");
      for (Cell c : cells) {
        if (c.tooSmall()) {
          out.append("<td class=\"cell too-small\">too small</td>");
          continue;
        }
        String title = c.articles() + " articles, " + Numbers.percent(c.share()) + ", sentiment "
            + Numbers.sentiment(c.sentiment());
        out.append("<td class=\"cell\"").append(tone(c)).append(" title=\"").append(attribute(title)).append("\">")
            .append(c.sentiment() == null ? "–" : Numbers.score(c.sentiment().mean())).append("<small>")
            .append(c.articles()).append("</small></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></section>\n");
  }

  /** An inline background for the cell's mean sentiment (empty without one). */
  static String tone(Cell c) {
    if (c.sentiment() == null) {
      return "";
    }
    double v = Math.max(-1, Math.min(1, c.sentiment().mean() / 0.5));
    int r = v < 0 ? 255 : (int) Math.round(255 - 120 * v);
    int gr = v > 0 ? 255 : (int) Math.round(255 + 120 * v);
    int b = (int) Math.round(255 - 120 * Math.abs(v));
    return String.format(Locale.ROOT, " style=\"background:rgb(%d,%d,%d)\"", r, gr, b);
  }
}
