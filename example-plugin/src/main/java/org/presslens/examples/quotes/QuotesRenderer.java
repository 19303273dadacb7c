package org.presslens.examples.quotes;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.presslens.render.Card;
import org.presslens.render.Highlight;
import org.presslens.render.Html;
import org.presslens.render.RenderContext;
import org.presslens.render.ResultRenderer;
import org.presslens.spi.ResultKey;

/**
 * Shows the {@code quotes} result like a built-in: its section (who is quoted, and every quotation linked to its
 * place in the text), a {@code quote} tag on the sentences that hold a quotation (the quotation itself, when no
 * sentence units are on the page) with the speaker in the tooltip, the speaker's name marked, two summary cards and
 * one line of the text summary. Found by ServiceLoader through
 * {@code META-INF/services/org.presslens.render.ResultRenderer}; it uses only core's renderer SPI.
 */
public final class QuotesRenderer implements ResultRenderer<QuotesResult> {

  private static final String CSS = """
      .text .s.quote { border-left: 3px solid #0ea5e9; padding-left: 2px; }
      .text mark.speaker { background: #e0f2fe; border-bottom: 2px dotted #0284c7; }
      table.quotes td.quote { font-style: italic; }
      """;

  @Override
  public ResultKey<QuotesResult> key() {
    return QuotesResult.KEY;
  }

  @Override
  public int order() {
    return 400;
  }

  @Override
  public String title() {
    return "Quotations";
  }

  @Override
  public List<Highlight> highlights(QuotesResult result, RenderContext context) {
    List<Highlight> out = new ArrayList<>();
    for (QuotesResult.Quote q : result.quotes()) {
      String who = q.speaker() != null ? "quote by " + q.speaker() + " (" + how(q) + ")" : "unattributed quote";
      out.add(Highlight.segment(q.begin(), q.end(), "quote", who).withTag("quote"));
      if (q.speakerBegin() != null && q.speakerEnd() != null) {
        out.add(Highlight.mark(q.speakerBegin(), q.speakerEnd(), "speaker", "speaker of a quotation: " + q.speaker()));
      }
    }
    return out;
  }

  private static String how(QuotesResult.Quote q) {
    return q.attribution() == null ? "?" : q.attribution().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void section(QuotesResult result, RenderContext context, StringBuilder html) {
    if (result.quotes().isEmpty()) {
      html.append("<p class=\"muted\">No quotations.</p>\n");
      return;
    }
    html.append("<table class=\"speakers\">\n<thead><tr><th>speaker</th><th>quotations</th><th>words</th></tr>"
        + "</thead>\n<tbody>\n");
    for (QuotesResult.Speaker s : result.speakers()) {
      html.append("<tr><td>").append(text(s.name())).append("</td><td class=\"num\">").append(s.quotes())
          .append("</td><td class=\"num\">").append(s.words()).append("</td></tr>\n");
    }
    if (result.unattributed() > 0) {
      html.append("<tr><td class=\"muted\">unattributed</td><td class=\"num\">").append(result.unattributed())
          .append("</td><td></td></tr>\n");
    }
    html.append("</tbody></table>\n");
    html.append("<table class=\"quotes\">\n<thead><tr><th>quotation (links into the text)</th><th>speaker</th>"
        + "<th>attributed</th></tr></thead>\n<tbody>\n");
    String articleText = context.article().text();
    for (QuotesResult.Quote q : result.quotes()) {
      boolean valid = 0 <= q.begin() && q.begin() < q.end() && q.end() <= articleText.length();
      String snippet = text(Html.snippet(q.text(), 140));
      html.append("<tr><td class=\"quote\">")
          .append(valid ? "<a href=\"#" + attribute(context.anchorFor(q.begin())) + "\">" + snippet + "</a>" : snippet)
          .append("</td><td>").append(q.speaker() != null ? text(q.speaker()) : "<span class=\"muted\">—</span>")
          .append("</td><td class=\"muted\">").append(text(q.speaker() != null ? how(q) : "")).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  @Override
  public List<Card> cards(QuotesResult result) {
    return List.of(Card.text(String.valueOf(result.quotes().size()), "quotations"),
        Card.text(String.format(Locale.ROOT, "%.0f%%", result.quotedShare() * 100), "quoted text"));
  }

  @Override
  public String legend(QuotesResult result, RenderContext context) {
    return result.quotes().isEmpty() ? "" : "<span><sup class=\"tag\">quote</sup> holds a quotation</span>"
        + "<span><mark class=\"speaker\">speaker</mark></span>";
  }

  @Override
  public String css() {
    return CSS;
  }

  @Override
  public List<String> textLines(QuotesResult result) {
    String speakers = result.speakers().stream().limit(5).map(s -> s.name() + " (" + s.quotes() + ")")
        .collect(Collectors.joining(", "));
    return List.of(String.format(Locale.ROOT, "%d quotations (%.0f%% of the text)", result.quotes().size(),
        result.quotedShare() * 100) + (speakers.isEmpty() ? "" : "; most quoted: " + speakers)
        + (result.unattributed() > 0 ? "; " + result.unattributed() + " unattributed" : ""));
  }

  @Override
  public String brief(QuotesResult result) {
    return result.quotes().size() + " quotations";
  }
}
