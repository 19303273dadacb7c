package org.presslens.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.presslens.model.Article;
import org.presslens.render.Highlight;
import org.presslens.render.RenderContext;
import org.presslens.render.Renderers;
import org.presslens.render.ResultRenderer;
import org.presslens.report.AnalysisReport;

/**
 * What the page shows of one report, worked out once: each result with its renderer (converted to the renderer's
 * view type), the results shown generically, the renderers whose analyzer gave no result, and the text layout of
 * all highlights. The render context the renderers see.
 */
final class ReportView implements RenderContext {

  /** A result and the renderer that shows it, as that renderer's view type. */
  record Rendered(ResultRenderer<Object> renderer, Object view) {
  }

  final AnalysisReport report;
  final Article article;
  final List<Rendered> rendered = new ArrayList<>();
  /** Results without a renderer, or that their renderer cannot read, by analyzer name. */
  final Map<String, Object> generic = new LinkedHashMap<>();
  /** Renderers on the class path whose analyzer gave no result. */
  final List<ResultRenderer<?>> absent = new ArrayList<>();
  /** Problems of renderers on this page (a renderer that threw, a result it could not read). */
  final List<String> problems = new ArrayList<>();
  final TextLayout layout;
  private final Map<String, Map<String, String>> anchors = new HashMap<>();

  @SuppressWarnings("unchecked")
  private ReportView(AnalysisReport report, Renderers renderers) {
    this.report = report;
    this.article = report.article();
    Map<String, Object> results = report.results();
    for (ResultRenderer<?> r : renderers.all()) {
      String name = r.key().name();
      if (!results.containsKey(name)) {
        absent.add(r);
        continue;
      }
      Optional<?> view = Renderers.view(r, results.get(name));
      if (view.isPresent()) {
        rendered.add(new Rendered((ResultRenderer<Object>) r, view.get()));
      } else {
        problems.add("the renderer of '" + name + "' (" + r.getClass().getName() + ") cannot read this result;"
            + " it is shown as fields");
      }
    }
    results.forEach((name, result) -> {
      if (rendered.stream().noneMatch(x -> x.renderer().key().name().equals(name))) {
        generic.put(name, result);
      }
    });
    List<List<Highlight>> highlights = new ArrayList<>();
    for (Rendered x : rendered) {
      anchors.put(x.renderer().key().name(), call(x, r -> r.renderer().anchors(r.view()), Map.of()));
    }
    for (Rendered x : rendered) {
      highlights.add(call(x, r -> r.renderer().highlights(r.view(), this), List.of()));
    }
    this.layout = TextLayout.of(article, highlights);
  }

  static ReportView of(AnalysisReport report, Renderers renderers) {
    return new ReportView(report, renderers);
  }

  /** {@code part} of {@code x}'s renderer, or {@code fallback} (and a problem noted) when the renderer throws. */
  <T> T call(Rendered x, Function<Rendered, T> part, T fallback) {
    try {
      T value = part.apply(x);
      return value != null ? value : fallback;
    } catch (RuntimeException e) {
      problems.add("the renderer of '" + x.renderer().key().name() + "' failed: " + e);
      return fallback;
    }
  }

  @Override
  public Article article() {
    return article;
  }

  @Override
  public String anchorFor(int offset) {
    return layout.anchorFor(offset);
  }

  @Override
  public Optional<String> anchorOf(String analyzer, String objectId) {
    return Optional.ofNullable(anchors.getOrDefault(analyzer, Map.of()).get(objectId));
  }
}
