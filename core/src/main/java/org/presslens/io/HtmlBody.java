package org.presslens.io;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of an HTML page and turns it into headings and paragraphs: prefers {@code <article>}, then
 * {@code [role=main]} or {@code <main>}, then the element holding the most {@code <p>} text; page chrome (scripts,
 * navigation, header, footer, asides, forms, figures) is dropped. All traversals are iterative, so deeply nested
 * pages cannot overflow the stack.
 */
final class HtmlBody {

  /** Page chrome removed before the main text is looked for. */
  static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, figure, iframe, "
      + "svg, button, select, textarea, [hidden], [aria-hidden=true]";

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCKS = Set.of("p", "li", "blockquote", "pre", "dd", "dt", "td", "h2", "h3", "h4",
      "h5", "h6");

  private static final Pattern BY_ALONE = Pattern.compile("^(?i)(?:written\\s+)?by[:\\s]*$");

  private HtmlBody() {
  }

  /** The element holding the main text (after {@link #CHROME} was removed). */
  static Element mainElement(Document doc) {
    Elements articles = doc.select("article");
    if (!articles.isEmpty()) {
      return mostParagraphText(articles);
    }
    Element main = doc.selectFirst("[role=main], main");
    if (main != null && !main.text().isBlank()) {
      return main;
    }
    Map<Element, Integer> byParent = new HashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        byParent.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return byParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static Element mostParagraphText(Elements candidates) {
    Element best = candidates.first();
    int bestLength = -1;
    for (Element e : candidates) {
      int length = e.select("p").stream().mapToInt(p -> p.text().length()).sum();
      if (length > bestLength) {
        bestLength = length;
        best = e;
      }
    }
    return best;
  }

  /**
   * Adds the headings and innermost text blocks of {@code main} to {@code body} in document order; a block that
   * contains other blocks (a list item holding paragraphs) gives way to them; a heading too long for one
   * ({@link FieldBounds}) is a paragraph. Furniture lines, and a "By" left
   * behind by a removed byline, are reported to {@code removed} with their reason.
   */
  static void extract(Element main, BodyAssembler body, BiConsumer<String, String> removed) {
    Map<Element, Boolean> hasInnerBlock = new IdentityHashMap<>();
    Deque<Element> open = new ArrayDeque<>();
    new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          if (!open.isEmpty()) {
            hasInnerBlock.put(open.peek(), true);
          }
          open.push(e);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e) || !BLOCKS.contains(e.normalName())) {
          return;
        }
        open.pop();
        if (hasInnerBlock.containsKey(e)) {
          return;
        }
        String text = TextBlocks.normalizeSpace(e.text());
        if (text.isEmpty()) {
          return;
        }
        if (HEADINGS.contains(e.normalName()) && FieldBounds.isMarkedUpHeadingSized(text)) {
          body.heading(text);
        } else if (PageFurniture.isFurniture(text)) {
          removed.accept(text, PageFurniture.REASON);
        } else if (BY_ALONE.matcher(text).matches()) {
          removed.accept(text, "byline");
        } else {
          body.paragraph(text);
        }
      }
    }.traverse(main);
    if (!body.hasText()) {
      String all = TextBlocks.normalizeSpace(main.text());
      if (!all.isEmpty() && !PageFurniture.isFurniture(all)) {
        body.paragraph(all);
      }
    }
  }
}
