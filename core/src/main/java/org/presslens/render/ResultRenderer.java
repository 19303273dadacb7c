package org.presslens.render;

import java.util.List;
import org.presslens.spi.ResultKey;

/**
 * Shows one analyzer's result in the reports presslens writes: its line(s) of the {@code --format text} summary, its
 * highlights over the article text, and its section of the HTML page, with the summary cards, facts, legend entries
 * and styles that go with them. The built-in analyzers render themselves through exactly this interface; the report
 * shells ({@link org.presslens.report.html.HtmlReport}, {@link org.presslens.report.text.TextReport}) know none of
 * them.
 *
 * <p>Found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.presslens.render.ResultRenderer} (public no-arg constructor). Implementations are
 * stateless and thread-safe. Every method but {@link #key()} has a default, so a renderer implements only what it
 * shows; a result without a renderer is shown generically (a table of its fields, one line of its counts).
 *
 * <p>Markup a renderer returns ({@link #section}, {@link #cards}, {@link #legend}) is written into the page as is: build
 * it from constants and {@link Html} helpers, which escape every piece of text. Highlights, facts and text lines are
 * plain text that the shell escapes.
 *
 * @param <V> the type the result is read as: the analyzer's result type, or a more tolerant view of it (such as
 *     Jackson's {@code JsonNode}); a result that does not convert to it is shown generically
 */
public interface ResultRenderer<V> {

  /** The analyzer whose result this renders (its name) and the type the result is converted to. */
  ResultKey<V> key();

  /** Position on the page and in the text summary, smaller first (built-ins: sentiment 100, entities 200, stance 300). */
  default int order() {
    return 500;
  }

  /** The heading of the HTML section. */
  default String title() {
    return key().name();
  }

  /** The id of the HTML section, {@code [a-z][a-z0-9-]*}; the shell prefixes {@code result-} to any other. */
  default String sectionId() {
    return key().name();
  }

  /** Whether the HTML section goes before or after the article text. */
  default Placement placement() {
    return Placement.AFTER_TEXT;
  }

  /** The body of the HTML section (without its heading); the default is a table of the result's fields. */
  default void section(V result, RenderContext context, StringBuilder html) {
    GenericResults.table(result, html);
  }

  /** Spans of the article text to highlight: sentence-like segments and inline marks. */
  default List<Highlight> highlights(V result, RenderContext context) {
    return List.of();
  }

  /** Cards in the page's summary row. */
  default List<Card> cards(V result) {
    return List.of();
  }

  /** Name-value rows of the page's metadata list. */
  default List<Fact> facts(V result) {
    return List.of();
  }

  /** Element ids this renderer gives to the objects of its result, by object id (e.g. entity rows), for links. */
  default java.util.Map<String, String> anchors(V result) {
    return java.util.Map.of();
  }

  /** Legend entries ({@code <span>} elements) for the highlights, shown above the text. */
  default String legend(V result, RenderContext context) {
    return "";
  }

  /**
   * Style rules for the classes this renderer uses; written into the page's one inline style sheet. Must not contain
   * {@code <}, {@code url(} or {@code @import} (such a style sheet is left out).
   */
  default String css() {
    return "";
  }

  /** The line(s) of the text summary, without the leading {@code name: }; the default counts the result's fields. */
  default List<String> textLines(V result) {
    return List.of(GenericResults.summary(result));
  }

  /** A few words for an index of many reports (e.g. {@code NEGATIVE -0.21}); empty for none. */
  default String brief(V result) {
    return "";
  }
}
