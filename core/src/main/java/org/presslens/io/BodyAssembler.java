package org.presslens.io;

import java.util.ArrayList;
import java.util.List;
import org.presslens.model.Article;
import org.presslens.text.GluedWordRepairer;
import org.presslens.text.RepairedText;

/**
 * Collects a body as section headings and paragraphs in reading order, then repairs the paragraphs (when asked)
 * and adds them to an {@link Article.Builder}, which computes the offsets.
 */
final class BodyAssembler {

  private record Item(String heading, String paragraph) {
  }

  private final List<Item> items = new ArrayList<>();
  private int paragraphs;

  /** Starts a section under {@code heading}. */
  void heading(String heading) {
    String h = TextBlocks.normalizeSpace(heading);
    if (!h.isEmpty()) {
      items.add(new Item(h, null));
    }
  }

  /** Adds a paragraph; white space is normalised and blank paragraphs are skipped. */
  void paragraph(String paragraph) {
    String p = TextBlocks.normalizeSpace(paragraph.replace('\n', ' '));
    if (!p.isEmpty()) {
      items.add(new Item(null, p));
      paragraphs++;
    }
  }

  /** Whether any paragraph was added. */
  boolean hasText() {
    return paragraphs > 0;
  }

  /**
   * Adds the sections and paragraphs to {@code builder}.
   *
   * @throws ArticleReadException "{@code <source>: no body text}" when there is no paragraph
   */
  Article.Builder addTo(Article.Builder builder, String source, ReaderOptions options) {
    if (!hasText()) {
      throw new ArticleReadException(source, "no body text");
    }
    List<String> texts = new ArrayList<>();
    items.stream().filter(i -> i.paragraph() != null).forEach(i -> texts.add(i.paragraph()));
    List<RepairedText> repaired = options.repairGluedWords()
        ? GluedWordRepairer.english().repairAll(texts)
        : texts.stream().map(RepairedText::unchanged).toList();
    int next = 0;
    for (Item item : items) {
      if (item.heading() != null) {
        builder.section(item.heading());
      } else {
        RepairedText r = repaired.get(next++);
        builder.paragraph(r.text(), r.repairs());
      }
    }
    return builder;
  }
}
