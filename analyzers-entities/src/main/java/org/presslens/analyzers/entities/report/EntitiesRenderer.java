package org.presslens.analyzers.entities.report;

import static org.presslens.render.HtmlEscaper.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.Entity;
import org.presslens.analyzers.entities.api.EntitiesResult.Mention;
import org.presslens.render.Card;
import org.presslens.render.Highlight;
import org.presslens.render.Html;
import org.presslens.render.RenderContext;
import org.presslens.render.ResultRenderer;
import org.presslens.render.Tone;
import org.presslens.spi.ResultKey;

/**
 * Shows the {@code entities} result: mentions highlighted by entity type (canonical name and sentiment in the
 * tooltip), the entity table (rows {@code id="entity-<id>"}, which other renderers link to through
 * {@link RenderContext#anchorOf}), the entity count card, and a text line of the most mentioned entities.
 */
public final class EntitiesRenderer implements ResultRenderer<EntitiesResult> {

  /** Entity types that have a colour of their own; the others share {@code t-OTHER}. */
  static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "WORK_OF_ART", "MISC");

  private static final String CSS = """
      mark.ent { color: inherit; border-radius: 3px; padding: 0 2px; border-bottom: 2px solid; cursor: help; }
      .t-PERSON { background: #dbeafe; border-color: #2563eb; }
      .t-ORGANIZATION { background: #d1fae5; border-color: #059669; }
      .t-LOCATION { background: #ffedd5; border-color: #ea580c; }
      .t-WORK_OF_ART { background: #f3e8ff; border-color: #9333ea; }
      .t-MISC, .t-OTHER { background: #e5e7eb; border-color: #4b5563; }
      .forms { color: var(--muted); font-size: 13px; }
      """;

  @Override
  public ResultKey<EntitiesResult> key() {
    return EntitiesResult.KEY;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public String title() {
    return "Entities";
  }

  /** A CSS class for an entity type: {@code t-PERSON}; other types give {@code t-OTHER}. */
  static String typeClass(String type) {
    return "t-" + (type != null && TYPES.contains(type) ? type : "OTHER");
  }

  @Override
  public List<Highlight> highlights(EntitiesResult result, RenderContext context) {
    List<Highlight> out = new ArrayList<>();
    for (Entity e : result.entities()) {
      for (Mention m : e.namingMentions()) {
        out.add(Highlight.mark(m.begin(), m.end(), "ent " + typeClass(e.type()), mentionTitle(e, m)));
      }
    }
    return out;
  }

  @Override
  public Map<String, String> anchors(EntitiesResult result) {
    Map<String, String> byId = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    int n = 0;
    for (Entity e : result.entities()) {
      n++;
      String base = "entity-" + String.valueOf(e.id()).replaceAll("[^A-Za-z0-9_-]", "_");
      String anchor = used.add(base) ? base : base + "-" + n;
      used.add(anchor);
      byId.putIfAbsent(String.valueOf(e.id()), anchor);
    }
    return byId;
  }

  @Override
  public void section(EntitiesResult result, RenderContext context, StringBuilder out) {
    Map<String, String> anchors = anchors(result);
    List<Entity> sorted = new ArrayList<>(result.entities());
    sorted.sort(Comparator.comparing((Entity e) -> e.salience() == null ? -1 : e.salience())
        .reversed().thenComparing(e -> -e.namingMentions().size()));
    out.append("<table class=\"entities\">\n<thead><tr><th>#</th><th>entity</th><th>type</th><th>salience</th>"
        + "<th>sentiment (scored mentions)</th><th>mentions</th><th>mentioned as</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    Set<String> rowIds = new HashSet<>();
    for (Entity e : sorted) {
      rank++;
      long quoted = e.namingMentions().stream().filter(m -> m.voice() == Voice.QUOTED).count();
      Set<String> forms = new LinkedHashSet<>();
      e.namingMentions().forEach(m -> forms.add(m.text()));
      String anchor = anchors.get(String.valueOf(e.id()));
      out.append("<tr").append(rowIds.add(anchor) ? " id=\"" + anchor + "\"" : "").append("><td class=\"num\">")
          .append(rank).append("</td>")
          .append("<td><mark class=\"ent ").append(typeClass(e.type())).append("\">").append(text(e.name()))
          .append("</mark></td><td class=\"nowrap\">").append(text(e.type()))
          .append(e.subtype() != null ? "<br><span class=\"muted\">" + text(e.subtype().toLowerCase(Locale.ROOT)
              .replace('_', ' ')) + "</span>" : "").append("</td>");
      if (e.salience() != null) {
        double pct = Math.max(0, Math.min(1, e.salience())) * 100;
        out.append(String.format(Locale.ROOT, "<td class=\"num\"><span class=\"bar\"><span style=\"width:%.0f%%\">"
            + "</span></span>%s</td>", pct, Html.fixed(e.salience())));
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
      out.append("<td class=\"num\">").append(e.namingMentions().size())
          .append(quoted > 0 ? " <span class=\"muted\">(" + quoted + " quoted)</span>" : "").append("</td>");
      out.append("<td class=\"forms\">").append(text(String.join(", ", forms.stream().limit(6).toList())))
          .append(forms.size() > 6 ? " …" : "").append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private static void sentimentChip(StringBuilder out, EntitiesResult.EntitySentiment s, String prefix) {
    if (s == null) {
      return;
    }
    out.append(prefix.isEmpty() ? "" : "<span class=\"muted\">" + text(prefix) + "</span>")
        .append(Html.chip(String.valueOf(s.label()), Tone.of(s.label()))).append(' ').append(Html.signed(s.score()))
        .append(" <span class=\"muted\">(").append(s.mentions()).append(")</span>");
  }

  static String mentionTitle(Entity e, Mention m) {
    StringBuilder t = new StringBuilder(e.name() == null ? "?" : e.name());
    t.append(" — ").append(e.type() == null ? "?" : e.type());
    if (e.subtype() != null) {
      t.append('/').append(e.subtype());
    }
    if (e.salience() != null) {
      t.append(" · salience ").append(Html.fixed(e.salience()));
    }
    if (e.sentiment() != null) {
      t.append(" · sentiment ").append(e.sentiment().label()).append(' ').append(Html.signed(e.sentiment().score()));
    } else {
      t.append(" · no entity sentiment");
    }
    if (e.quotedSentiment() != null) {
      t.append(" · in quotes ").append(e.quotedSentiment().label()).append(' ')
          .append(Html.signed(e.quotedSentiment().score()));
    }
    if (m.sentiment() != null) {
      t.append("\nhere: ").append(m.sentiment().label()).append(' ').append(Html.signed(m.sentiment().score()));
    }
    if (m.kind() != null && m.kind() != EntitiesResult.MentionKind.NAME) {
      t.append(" · ").append(m.kind().name().toLowerCase(Locale.ROOT));
    }
    if (m.voice() == Voice.QUOTED) {
      t.append(" · in quoted speech");
    }
    return t.toString();
  }

  @Override
  public String legend(EntitiesResult result, RenderContext context) {
    int length = context.article().text().length();
    Set<String> types = new HashSet<>();
    for (Entity e : result.entities()) {
      if (e.namingMentions().stream().anyMatch(m -> 0 <= m.begin() && m.begin() < m.end() && m.end() <= length)) {
        types.add(typeClass(e.type()));
      }
    }
    StringBuilder out = new StringBuilder();
    List<String> all = new ArrayList<>(TYPES);
    all.add("OTHER");
    for (String t : all) {
      if (types.contains("t-" + t)) {
        out.append("<span><mark class=\"ent t-").append(t).append("\">").append(t.toLowerCase(Locale.ROOT)
            .replace('_', ' ')).append("</mark></span>");
      }
    }
    return out.toString();
  }

  @Override
  public List<Card> cards(EntitiesResult result) {
    return List.of(Card.text(String.valueOf(result.entities().size()), "entities"));
  }

  @Override
  public String css() {
    return CSS;
  }

  @Override
  public List<String> textLines(EntitiesResult e) {
    List<Entity> top = e.entities().stream()
        .sorted(Comparator.comparingInt((Entity x) -> -x.namingMentions().size())).limit(8).toList();
    return List.of(top.stream().map(x -> x.name() + " (" + x.type() + ", " + x.namingMentions().size() + ")")
        .collect(Collectors.joining(", ")));
  }

  @Override
  public String brief(EntitiesResult e) {
    return e.entities().stream()
        .sorted(Comparator.comparing((Entity x) -> x.salience() == null ? 0 : -x.salience()))
        .limit(4).map(Entity::name).collect(Collectors.joining(", "));
  }
}
