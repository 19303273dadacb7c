package org.presslens.report.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presslens.model.Article;
import org.presslens.render.GenericResults;
import org.presslens.render.Renderers;
import org.presslens.render.ResultRenderer;
import org.presslens.report.AnalysisReport;

/**
 * The short human-readable summary of a report ({@code --format text}): two lines about the article, then each
 * analyzer's line(s) from its {@link ResultRenderer} in renderer order (a result without a renderer gets one line of
 * its fields), then the failures. This shell knows no analyzer. Thread-safe (stateless).
 */
public final class TextReport {

  private TextReport() {
  }

  /** The summary of {@code report} with the renderers on the class path. */
  public static List<String> lines(AnalysisReport report) {
    return lines(report, Renderers.discover());
  }

  /** The summary of {@code report} with {@code renderers}. */
  public static List<String> lines(AnalysisReport report, Renderers renderers) {
    List<String> out = new ArrayList<>();
    Article a = report.article();
    out.add("== " + a.source() + (a.title() != null ? " — " + a.title() : ""));
    out.add("   " + String.join(", ", a.authors()) + (a.outlet() != null ? " · " + a.outlet() : "")
        + (a.published() != null ? " · " + a.published() : "") + " · language " + a.language()
        + " · " + a.paragraphs().size() + " paragraphs, " + a.repairs().size() + " repairs");
    Map<String, Object> rest = new LinkedHashMap<>(report.results());
    for (ResultRenderer<?> r : renderers.all()) {
      String name = r.key().name();
      if (rest.containsKey(name)) {
        List<String> lines = linesOf(r, rest.get(name));
        if (lines != null) {
          rest.remove(name);
          add(out, name, lines);
        }
      }
    }
    rest.forEach((name, result) -> add(out, name, List.of(GenericResults.summary(result))));
    report.failures().forEach(f -> out.add("   failure: " + f.analyzer() + ": " + f.error()));
    return out;
  }

  /** The renderer's lines, or null when it cannot read the result or fails. */
  private static <V> List<String> linesOf(ResultRenderer<V> renderer, Object result) {
    Optional<V> view = Renderers.view(renderer, result);
    if (view.isEmpty()) {
      return null;
    }
    try {
      return renderer.textLines(view.get());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void add(List<String> out, String name, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      out.add(i == 0 ? "   " + name + ": " + lines.get(i) : "     " + lines.get(i));
    }
  }
}
