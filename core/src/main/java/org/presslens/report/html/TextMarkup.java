package org.presslens.report.html;

import static org.presslens.report.html.HtmlEscaper.attribute;
import static org.presslens.report.html.HtmlEscaper.text;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.presslens.model.Paragraph;
import org.presslens.model.Section;
import org.presslens.result.EntitiesResult;
import org.presslens.result.SentimentResult;
import org.presslens.result.Voice;

/**
 * The article text as HTML: section headings, paragraphs ({@code id="p<begin>"}), sentences shaded by their
 * sentiment ({@code id="s<begin>"}), stance evidence outlined, and entity mentions highlighted by type with the
 * canonical name and sentiment in the tooltip. Every piece of text is escaped.
 */
final class TextMarkup {

  private TextMarkup() {
  }

  static void render(StringBuilder out, ReportView v) {
    String lang = v.article.language() != null && v.article.language().matches("[a-z]{2,3}")
        ? v.article.language() : "und";
    out.append("<div class=\"text\" id=\"text\" lang=\"").append(lang).append("\">\n");
    List<Section> sections = v.article.sections();
    if (sections.isEmpty() && !v.text.isEmpty()) {
      paragraph(out, v, new Paragraph(0, v.text.length()));
    }
    for (Section section : sections) {
      if (section.heading() != null) {
        out.append("<h3 class=\"heading\">").append(text(section.heading())).append("</h3>\n");
      }
      for (Paragraph p : section.paragraphs()) {
        paragraph(out, v, p);
      }
    }
    out.append("</div>\n");
  }

  private static void paragraph(StringBuilder out, ReportView v, Paragraph p) {
    out.append("<p id=\"p").append(p.begin()).append("\">");
    int pos = p.begin();
    for (ReportView.Unit u : v.units) {
      if (u.end() <= p.begin() || u.begin() >= p.end()) {
        continue;
      }
      int begin = Math.max(u.begin(), p.begin());
      int end = Math.min(u.end(), p.end());
      withMentions(out, v, pos, begin);
      String tag = openUnit(out, v, u);
      withMentions(out, v, begin, end);
      out.append(tag).append("</span>");
      pos = end;
    }
    withMentions(out, v, pos, p.end());
    out.append("</p>\n");
  }

  /** Opens the unit's span; returns the markup to put before its end (the stance evidence tag, or nothing). */
  private static String openUnit(StringBuilder out, ReportView v, ReportView.Unit u) {
    StringBuilder cls = new StringBuilder("s");
    StringBuilder title = new StringBuilder();
    String style = "";
    SentimentResult.SentenceSentiment s = u.sentence();
    if (s != null) {
      if (s.voice() == Voice.QUOTED) {
        cls.append(" quoted");
      }
      if (s.score() != null) {
        style = shading(s.score());
        title.append("sentence sentiment ").append(s.label() != null ? s.label() : "")
            .append(' ').append(Format.signed(s.score()));
      } else {
        title.append("sentence not scored").append(Boolean.TRUE.equals(s.capped()) ? " (longer than the parse cap)" : "");
      }
      if (s.voice() != null) {
        title.append(" · ").append(s.voice() == Voice.QUOTED ? "quoted speech" : "author's voice");
      }
    }
    List<ReportView.Evidence> evidence = v.evidenceIn(u);
    String tag = "";
    if (!evidence.isEmpty()) {
      cls.append(" evidence");
      String targets = evidence.stream().map(e -> e.target() + (e.label().isEmpty() ? "" : " " + e.label()))
          .distinct().collect(Collectors.joining("; "));
      title.append(title.length() > 0 ? "\n" : "").append("stance evidence: ").append(targets);
      tag = "<sup class=\"ev-tag\" title=\"" + attribute("stance evidence: " + targets) + "\">stance</sup>";
    }
    out.append("<span class=\"").append(cls).append("\" id=\"").append(u.anchor()).append('"');
    if (!style.isEmpty()) {
      out.append(" style=\"").append(style).append('"');
    }
    if (title.length() > 0) {
      out.append(" title=\"").append(attribute(title)).append('"');
    }
    out.append('>');
    return tag;
  }

  /** A background tint for a sentence score: red for negative, green for positive, none near neutral. */
  static String shading(double score) {
    double a = Math.abs(score);
    if (a < 0.15) {
      return "";
    }
    double alpha = Math.min(0.42, 0.10 + 0.34 * a);
    String rgb = score < 0 ? "220,38,38" : "22,163,74";
    return String.format(Locale.ROOT, "background-color:rgba(%s,%.2f)", rgb, alpha);
  }

  /** Text of {@code [from, to)} with the mentions inside it highlighted (mentions crossing the range are clipped). */
  private static void withMentions(StringBuilder out, ReportView v, int from, int to) {
    int pos = from;
    for (ReportView.MentionRef m : v.mentions) {
      if (m.end() <= from || m.begin() >= to) {
        continue;
      }
      int begin = Math.max(m.begin(), pos);
      int end = Math.min(m.end(), to);
      if (begin >= end) {
        continue;
      }
      out.append(text(v.text.substring(pos, begin)));
      EntitiesResult.Entity e = m.entity();
      out.append("<mark class=\"ent ").append(Format.typeClass(e.type())).append("\" title=\"")
          .append(attribute(mentionTitle(e, m.mention()))).append("\">")
          .append(text(v.text.substring(begin, end))).append("</mark>");
      pos = end;
    }
    out.append(text(v.text.substring(pos, to)));
  }

  static String mentionTitle(EntitiesResult.Entity e, EntitiesResult.Mention m) {
    StringBuilder t = new StringBuilder(e.name() == null ? "?" : e.name());
    t.append(" — ").append(e.type() == null ? "?" : e.type());
    if (e.subtype() != null) {
      t.append('/').append(e.subtype());
    }
    if (e.salience() != null) {
      t.append(" · salience ").append(Format.fixed(e.salience()));
    }
    if (e.sentiment() != null) {
      t.append(" · sentiment ").append(e.sentiment().label()).append(' ').append(Format.signed(e.sentiment().score()));
    } else {
      t.append(" · no entity sentiment");
    }
    if (e.quotedSentiment() != null) {
      t.append(" · in quotes ").append(e.quotedSentiment().label()).append(' ')
          .append(Format.signed(e.quotedSentiment().score()));
    }
    if (m.sentiment() != null) {
      t.append("\nhere: ").append(m.sentiment().label()).append(' ').append(Format.signed(m.sentiment().score()));
    }
    if (m.kind() != null && m.kind() != EntitiesResult.MentionKind.NAME) {
      t.append(" · ").append(m.kind().name().toLowerCase(Locale.ROOT));
    }
    if (m.voice() == Voice.QUOTED) {
      t.append(" · in quoted speech");
    }
    return t.toString();
  }
}
