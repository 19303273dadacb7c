package org.presslens.model;

/** One paragraph of the body: the span {@code [begin, end)} of {@link Article#text()}, never containing a blank line. */
public record Paragraph(int begin, int end) {

  public Paragraph {
    new Span(begin, end);
  }

  public Span span() {
    return new Span(begin, end);
  }
}
