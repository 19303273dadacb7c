package org.presslens.report.html;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Section;

/**
 * The article text as HTML: section headings, paragraphs ({@code id="p<begin>"}), units ({@code id="s<begin>"}) with
 * their classes, tint, tooltip and tags, and the marks inside them. One pass over the text: units and marks are
 * visited in order, so the page costs time linear in the article. Every piece of text is escaped.
 */
final class TextMarkup {
  private final StringBuilder out;
  private final String text;
  private final List<TextLayout.Unit> units;
  private final List<TextLayout.Mark> marks;
  private int nextUnit;
  private int nextMark;

  private TextMarkup(StringBuilder out, Article article, TextLayout layout) {
    this.out = out;
    this.text = article.text();
    this.units = layout.units;
    this.marks = layout.marks;
  }

  static void render(StringBuilder out, Article article, TextLayout layout) {
    new TextMarkup(out, article, layout).render(article);
  }

  private void render(Article article) {
    String lang = article.language() != null && article.language().matches("[a-z]{2,3}") ? article.language() : "und";
    out.append("<div class=\"text\" id=\"text\" lang=\"").append(lang).append("\">\n");
    List<Section> sections = article.sections();
    if (sections.isEmpty() && !text.isEmpty()) {
      paragraph(new Paragraph(0, text.length()));
    }
    for (Section section : sections) {
      if (section.heading() != null) {
        out.append("<h3 class=\"heading\">").append(text(section.heading())).append("</h3>\n");
      }
      for (Paragraph p : section.paragraphs()) {
        paragraph(p);
      }
    }
    out.append("</div>\n");
  }

  private void paragraph(Paragraph p) {
    out.append("<p id=\"p").append(p.begin()).append("\">");
    int pos = p.begin();
    while (nextUnit < units.size() && units.get(nextUnit).end <= p.begin()) {
      nextUnit++;
    }
    for (int k = nextUnit; k < units.size() && units.get(k).begin < p.end(); k++) {
      TextLayout.Unit u = units.get(k);
      int begin = Math.max(u.begin, p.begin());
      int end = Math.min(u.end, p.end());
      withMarks(pos, begin);
      openUnit(u);
      withMarks(begin, end);
      closeUnit(u);
      pos = end;
    }
    withMarks(pos, p.end());
    out.append("</p>\n");
  }

  private void openUnit(TextLayout.Unit u) {
    out.append("<span class=\"s");
    u.classes.forEach(c -> out.append(' ').append(c));
    out.append("\" id=\"").append(u.anchor()).append('"');
    if (u.tint != null && u.tint.alpha() > 0) {
      out.append(" style=\"").append(u.tint.css()).append('"');
    }
    if (!u.labels.isEmpty()) {
      out.append(" title=\"").append(attribute(String.join("\n", u.labels))).append('"');
    }
    out.append('>');
  }

  private void closeUnit(TextLayout.Unit u) {
    for (Map.Entry<String, Set<String>> tag : u.tags.entrySet()) {
      out.append("<sup class=\"tag\" title=\"").append(attribute(String.join("\n", tag.getValue()))).append("\">")
          .append(text(tag.getKey())).append("</sup>");
    }
    out.append("</span>");
  }

  /** Text of {@code [from, to)} with the marks inside it (marks crossing the range are clipped). */
  private void withMarks(int from, int to) {
    while (nextMark < marks.size() && marks.get(nextMark).end() <= from) {
      nextMark++;
    }
    int pos = from;
    for (int k = nextMark; k < marks.size() && marks.get(k).begin() < to; k++) {
      TextLayout.Mark m = marks.get(k);
      int begin = Math.max(m.begin(), pos);
      int end = Math.min(m.end(), to);
      if (begin >= end) {
        continue;
      }
      out.append(text(text.substring(pos, begin)));
      out.append("<mark class=\"").append(m.cssClass()).append('"');
      if (!m.label().isEmpty()) {
        out.append(" title=\"").append(attribute(m.label())).append('"');
      }
      out.append('>').append(text(text.substring(begin, end))).append("</mark>");
      pos = end;
    }
    out.append(text(text.substring(pos, to)));
  }
}
