package org.presslens.corenlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into windows that CoreNLP annotates one at a time, so that its per-document structures stay
 * small and an interrupted annotation stops between windows. Windows are runs of whole paragraphs (a window ends
 * right after a blank line) of up to {@code maxChars} chars; since a sentence never crosses a paragraph, the
 * sentences are the same as with one call. A paragraph longer than {@code maxParagraphChars} (a scraped table, a
 * text without blank lines) is cut inside, preferably after a sentence end, else at a line break, else at a space.
 * Pure and thread-safe.
 */
final class TextWindows {

  private TextWindows() {
  }

  /** One window, {@code text.substring(begin, end)}: end-exclusive char offsets into the text. */
  record Window(int begin, int end) {
    Window {
      if (begin < 0 || end < begin) {
        throw new IllegalArgumentException("not a window: [" + begin + ", " + end + ")");
      }
    }
  }

  /**
   * The windows covering {@code text} in order, without gaps; one window for a short text without a run-on.
   * A run of more than {@code maxRunChars} chars inside a paragraph without a sentence end ({@code .!?}), which
   * CoreNLP would take for one sentence, is cut into windows of at most that many chars, at spaces: its pieces become
   * sentences of their own, each annotated in a call of bounded size (see {@link RunOnCuts}).
   */
  static List<Window> split(String text, int maxChars, int maxParagraphChars, int maxRunChars) {
    List<Integer> cuts = RunOnCuts.of(text, maxRunChars);
    if (cuts.isEmpty()) {
      return split(text, maxChars, maxParagraphChars);
    }
    List<Window> windows = new ArrayList<>();
    int begin = 0;
    cuts.add(text.length());
    for (int cut : cuts) {
      for (Window w : split(text.substring(begin, cut), maxChars, maxParagraphChars)) {
        windows.add(new Window(begin + w.begin(), begin + w.end()));
      }
      begin = cut;
    }
    return windows;
  }

  /** The windows covering {@code text} in order, without gaps; one window for a short text. */
  static List<Window> split(String text, int maxChars, int maxParagraphChars) {
    List<Window> windows = new ArrayList<>();
    int n = text.length();
    if (n <= maxChars) {
      windows.add(new Window(0, n));
      return windows;
    }
    int start = 0;
    while (start < n) {
      int end = packParagraphs(text, start, maxChars);
      if (end <= start) {
        // the paragraph at 'start' alone is longer than maxChars: keep it whole unless it is huge
        int paragraphEnd = nextParagraphStart(text, start);
        end = paragraphEnd - start <= maxParagraphChars ? paragraphEnd : cutInside(text, start, maxParagraphChars);
      }
      windows.add(new Window(start, end));
      start = end;
    }
    return windows;
  }

  /** The end of the longest run of whole paragraphs from {@code start} within {@code maxChars}; start for none. */
  private static int packParagraphs(String text, int start, int maxChars) {
    int end = start;
    int next = nextParagraphStart(text, start);
    while (next - start <= maxChars) {
      end = next;
      if (next >= text.length()) {
        break;
      }
      next = nextParagraphStart(text, next);
    }
    return end;
  }

  /** The index just after the next blank line ({@code "\n\n"} and the newlines after it) after {@code from}. */
  private static int nextParagraphStart(String text, int from) {
    int i = text.indexOf("\n\n", from + 1);
    if (i < 0) {
      return text.length();
    }
    i += 2;
    while (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  /** A cut of the paragraph at {@code start} within {@code limit} chars: after a sentence end, a newline, a space. */
  private static int cutInside(String text, int start, int limit) {
    int max = Math.min(text.length(), start + limit);
    int min = start + limit / 2;
    for (int i = max - 1; i > min; i--) {
      char c = text.charAt(i);
      char before = text.charAt(i - 1);
      if (Character.isWhitespace(c) && (before == '.' || before == '!' || before == '?')) {
        return i + 1;
      }
    }
    int newline = text.lastIndexOf('\n', max - 1);
    if (newline > min) {
      return newline + 1;
    }
    for (int i = max - 1; i > min; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    int cut = max;
    if (cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return cut;
  }
}
