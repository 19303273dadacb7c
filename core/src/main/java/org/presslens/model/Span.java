package org.presslens.model;

/**
 * A half-open range {@code [begin, end)} of char offsets into one text (UTF-16 code units, as {@link String#substring}).
 *
 * <p>Invariant for every span in presslens: {@code 0 <= begin <= end <= text.length()} of the text it points into,
 * which for the article model and every analyzer result is {@link Article#text()}.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The covered text; fails when the span does not fit in {@code text}. */
  public String of(String text) {
    checkWithin(text.length());
    return text.substring(begin, end);
  }

  /** Fails with a message naming the span when it does not lie within a text of {@code length} chars. */
  public void checkWithin(int length) {
    if (end > length) {
      throw new IllegalArgumentException("span [" + begin + ", " + end + ") lies outside a text of " + length + " chars");
    }
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
