package org.presslens.model;

import java.util.List;

/**
 * A run of paragraphs under an optional heading. The heading is metadata, not part of {@link Article#text()};
 * {@code [begin, end)} runs from the first paragraph's begin to the last paragraph's end (or is empty when the
 * section holds no paragraph).
 */
public record Section(String heading, int begin, int end, List<Paragraph> paragraphs) {

  public Section {
    new Span(begin, end);
    paragraphs = List.copyOf(paragraphs);
    for (Paragraph p : paragraphs) {
      if (p.begin() < begin || p.end() > end) {
        throw new IllegalArgumentException("paragraph [" + p.begin() + ", " + p.end() + ") lies outside its section ["
            + begin + ", " + end + ")");
      }
    }
  }

  public Span span() {
    return new Span(begin, end);
  }
}
