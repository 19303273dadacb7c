package org.presslens.analyzers.stance.report;

import static org.presslens.render.HtmlEscaper.attribute;
import static org.presslens.render.HtmlEscaper.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Evidence;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import org.presslens.analyzers.stance.api.StanceResult.Stance;
import org.presslens.analyzers.stance.api.StanceResult.TargetKind;
import org.presslens.render.Card;
import org.presslens.render.Highlight;
import org.presslens.render.Html;
import org.presslens.render.RenderContext;
import org.presslens.render.ResultRenderer;
import org.presslens.render.Tone;
import org.presslens.spi.ResultKey;

/**
 * Shows the {@code stance} result: the stance table (targets linked to their row in the entity table, evidence linked
 * to its sentence in the text), evidence sentences outlined in the text with a {@code stance} tag, the stance count
 * card, and a text line with the claims and topics first, then the entities that take a side.
 */
public final class StanceRenderer implements ResultRenderer<StanceResult> {

  private static final String CSS = """
      ol.evidence { margin: 0; padding-left: 18px; } ol.evidence li { margin: 0 0 3px; }
      .text .s.evidence { text-decoration: underline dotted #7c3aed; text-underline-offset: 3px; }
      """;

  @Override
  public ResultKey<StanceResult> key() {
    return StanceResult.KEY;
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public String title() {
    return "Stance";
  }

  static Tone tone(Label label) {
    if (label == null) {
      return Tone.NEUTRAL;
    }
    return switch (label) {
      case FAVOR, AGREE -> Tone.STRONG_POSITIVE;
      case AGAINST, DISAGREE -> Tone.STRONG_NEGATIVE;
      case DISCUSS -> Tone.MIXED;
      case NONE, UNRELATED -> Tone.NEUTRAL;
    };
  }

  @Override
  public List<Highlight> highlights(StanceResult result, RenderContext context) {
    List<Highlight> out = new ArrayList<>();
    for (Stance s : result.stances()) {
      for (Evidence ev : s.evidence()) {
        Label label = ev.label() != null ? ev.label() : s.label();
        out.add(Highlight.segment(ev.begin(), ev.end(), "evidence",
            "stance evidence: " + s.target() + (label == null ? "" : " " + label)).withTag("stance"));
      }
    }
    return out;
  }

  @Override
  public void section(StanceResult result, RenderContext context, StringBuilder out) {
    if (result.stances().isEmpty()) {
      out.append("<p class=\"muted\">No stance targets.</p>\n");
      return;
    }
    String text = context.article().text();
    out.append("<table class=\"stance\">\n<thead><tr><th>target</th><th>kind</th><th>stance</th><th>confidence</th>"
        + "<th>score</th><th>evidence (links into the text)</th><th>model</th></tr></thead>\n<tbody>\n");
    for (Stance item : result.stances()) {
      String entityAnchor = item.entityId() == null ? null
          : context.anchorOf(EntitiesResult.KEY.name(), item.entityId()).orElse(null);
      String target = text(item.target());
      out.append("<tr><td class=\"target\"><b>")
          .append(entityAnchor != null ? "<a href=\"#" + attribute(entityAnchor) + "\">" + target + "</a>" : target)
          .append("</b></td><td>").append(text(String.valueOf(item.targetKind()))).append("</td><td>")
          .append(Html.chip(String.valueOf(item.label()), tone(item.label()))).append("</td>")
          .append("<td class=\"num\">").append(Html.fixed(item.confidence())).append("</td>")
          .append("<td class=\"num\">").append(Html.signed(item.score())).append("</td><td>");
      if (item.evidence().isEmpty()) {
        out.append("<span class=\"muted\">none</span>");
      } else {
        out.append("<ol class=\"evidence\">");
        for (Evidence ev : item.evidence()) {
          boolean valid = 0 <= ev.begin() && ev.begin() <= ev.end() && ev.end() <= text.length();
          String evText = ev.text() == null ? "" : ev.text();
          if (evText.isEmpty() && valid) {
            evText = text.substring(ev.begin(), ev.end());
          }
          String title = ((ev.label() == null ? "" : ev.label() + " ") + "weight " + Html.fixed(ev.weight())).trim();
          out.append("<li>");
          if (valid) {
            out.append("<a href=\"#").append(attribute(context.anchorFor(ev.begin()))).append("\" title=\"")
                .append(attribute(title)).append("\">").append(text(Html.snippet(evText, 110))).append("</a>");
          } else {
            out.append(text(Html.snippet(evText, 110)));
          }
          out.append("</li>");
        }
        out.append("</ol>");
      }
      out.append("</td><td class=\"muted nowrap\">").append(text(item.model())).append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  @Override
  public String legend(StanceResult result, RenderContext context) {
    boolean any = result.stances().stream().anyMatch(s -> !s.evidence().isEmpty());
    return any ? "<span><sup class=\"tag\">stance</sup> stance evidence</span>" : "";
  }

  @Override
  public List<Card> cards(StanceResult result) {
    return List.of(Card.text(String.valueOf(result.stances().size()), "stances"));
  }

  @Override
  public String css() {
    return CSS;
  }

  /** Claims and topics first, then the entity stances that take a side, strongest first; at most 8. */
  @Override
  public List<String> textLines(StanceResult result) {
    Predicate<Stance> sided = s -> s.targetKind() != TargetKind.ENTITY || s.label() != Label.NONE;
    List<Stance> shown = result.stances().stream()
        .filter(sided)
        .sorted(Comparator.comparing((Stance s) -> s.targetKind() == TargetKind.ENTITY)
            .thenComparing(s -> -Math.abs(s.score())))
        .limit(8).toList();
    long neutral = result.stances().stream().filter(sided.negate()).count();
    String list = shown.stream()
        .map(s -> String.format(Locale.ROOT, "%s %s (%.2f)", quoteIfClaim(s), s.label(), s.confidence()))
        .collect(Collectors.joining(", "));
    return List.of((list.isEmpty() ? "no side taken" : list)
        + (neutral > 0 ? " · " + neutral + (neutral == 1 ? " entity" : " entities") + " without a side" : ""));
  }

  private static String quoteIfClaim(Stance s) {
    return s.targetKind() == TargetKind.CLAIM ? "\"" + s.target() + "\"" : s.target();
  }
}
