package org.presslens.analyzers.sentiment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.sentiment.api.SentimentResult.DocumentSentiment;
import org.presslens.analyzers.sentiment.api.SentimentResult.SentenceSentiment;
import org.presslens.render.Card;
import org.presslens.render.Fact;
import org.presslens.render.Highlight;
import org.presslens.render.Html;
import org.presslens.render.Placement;
import org.presslens.render.RenderContext;
import org.presslens.render.ResultRenderer;
import org.presslens.render.Tint;
import org.presslens.render.Tone;
import org.presslens.spi.ResultKey;

/**
 * Shows the {@code sentiment} result: the sentiment arc above the text, sentences shaded by their score (quoted speech
 * in italics), the document sentiment in the summary cards, and one line of the text summary.
 */
public final class SentimentRenderer implements ResultRenderer<SentimentResult> {

  private static final String CSS = """
      .text .s.quoted { font-style: italic; }
      .neg-shade { background: rgba(220,38,38,.35); } .pos-shade { background: rgba(22,163,74,.35); }
      """ + ArcChart.CSS;

  @Override
  public ResultKey<SentimentResult> key() {
    return SentimentResult.KEY;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String title() {
    return "Sentiment arc";
  }

  @Override
  public String sectionId() {
    return "arc";
  }

  @Override
  public Placement placement() {
    return Placement.BEFORE_TEXT;
  }

  @Override
  public void section(SentimentResult result, RenderContext context, StringBuilder html) {
    ArcChart.render(html, result, context);
    html.append("<div class=\"legend\"><span>line: smoothed arc</span><span><i class=\"swatch\" "
        + "style=\"background:#dc2626\"></i>negative sentence</span><span><i class=\"swatch\" "
        + "style=\"background:#16a34a\"></i>positive sentence</span><span><i class=\"swatch\" "
        + "style=\"background:#7c3aed\"></i>document score</span><span>dotted: section starts</span>"
        + "<span>click a dot to jump to its sentence</span></div>\n");
  }

  @Override
  public List<Highlight> highlights(SentimentResult result, RenderContext context) {
    List<Highlight> out = new ArrayList<>(result.sentences().size());
    for (SentenceSentiment s : result.sentences()) {
      StringBuilder title = new StringBuilder();
      Tint tint = null;
      if (s.score() != null) {
        tint = shading(s.score());
        title.append("sentence sentiment ").append(s.label() != null ? s.label() : "").append(' ')
            .append(Html.signed(s.score()));
      } else {
        title.append("sentence not scored")
            .append(Boolean.TRUE.equals(s.capped()) ? " (longer than the parse cap)" : "");
      }
      if (s.voice() != null) {
        title.append(" · ").append(s.voice() == Voice.QUOTED ? "quoted speech" : "author's voice");
      }
      out.add(Highlight.segment(s.begin(), s.end(), s.voice() == Voice.QUOTED ? "quoted" : "", title.toString())
          .withTint(tint));
    }
    return out;
  }

  /** A background tint for a sentence score: red for negative, green for positive, none near neutral. */
  static Tint shading(double score) {
    double a = Math.abs(score);
    if (a < 0.15) {
      return null;
    }
    double alpha = Math.min(0.42, 0.10 + 0.34 * a);
    return score < 0 ? new Tint(220, 38, 38, alpha) : new Tint(22, 163, 74, alpha);
  }

  @Override
  public List<Card> cards(SentimentResult result) {
    DocumentSentiment d = result.document();
    if (d == null) {
      return List.of();
    }
    return List.of(new Card(Html.chip(String.valueOf(d.label()), Tone.of(d.label())) + " " + Html.signed(d.score()),
        "document sentiment"), Card.text(Html.fixed(d.magnitude()), "magnitude"),
        Card.text(Html.fixed(d.confidence()), "confidence"));
  }

  @Override
  public List<Fact> facts(SentimentResult result) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("sentiment model", result.model()
        + (result.calibration() != null ? " (calibration " + result.calibration() + ")" : "")));
    if (!result.sentences().isEmpty()) {
      facts.add(new Fact("sentences", String.valueOf(result.sentences().size())));
    }
    return facts;
  }

  @Override
  public String legend(SentimentResult result, RenderContext context) {
    return "<span><i class=\"swatch neg-shade\"></i>negative sentence</span>"
        + "<span><i class=\"swatch pos-shade\"></i>positive sentence</span>"
        + "<span><i>italic</i>: quoted speech</span>";
  }

  @Override
  public String css() {
    return CSS;
  }

  @Override
  public List<String> textLines(SentimentResult s) {
    if (s.document() == null) {
      return List.of("no document sentiment over " + s.sentences().size() + " sentences");
    }
    return List.of(String.format(Locale.ROOT, "%s (score %.2f, magnitude %.2f) over %d sentences",
        s.document().label(), s.document().score(), s.document().magnitude(), s.sentences().size()));
  }

  @Override
  public String brief(SentimentResult s) {
    return s.document() == null ? ""
        : s.document().label() + String.format(Locale.ROOT, " %+.2f", s.document().score());
  }
}
