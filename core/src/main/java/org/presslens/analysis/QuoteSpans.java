package org.presslens.analysis;

import java.util.ArrayList;
import java.util.List;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;

/**
 * The spans of an article's text that are quoted speech: text between double quotation marks (straight {@code "},
 * curly “ ”, guillemets « ») within one paragraph. Single quotes are not used: they double as apostrophes and mark
 * titles. An unclosed quotation runs to the end of its paragraph, as in news style.
 *
 * <p>The quotations are in text order and do not overlap (an article's paragraphs do not), so a question about one
 * span looks only at the quotations around it (a binary search): asking about every sentence or token of an article
 * costs time linear in its length.
 */
public final class QuoteSpans {
  private final List<Span> spans;

  private QuoteSpans(List<Span> spans) {
    this.spans = List.copyOf(spans);
  }

  public static QuoteSpans of(Article article) {
    List<Span> spans = new ArrayList<>();
    String text = article.text();
    for (Paragraph p : article.paragraphs()) {
      int open = -1;
      for (int i = p.begin(); i < p.end(); i++) {
        char c = text.charAt(i);
        boolean opening = c == '\u201C' || c == '\u00AB' || (c == '"' && open < 0);
        boolean closing = c == '\u201D' || c == '\u00BB' || (c == '"' && open >= 0);
        if (open < 0 && opening) {
          open = i;
        } else if (open >= 0 && closing) {
          spans.add(new Span(open, i + 1));
          open = -1;
        }
      }
      if (open >= 0) {
        spans.add(new Span(open, p.end()));
      }
    }
    return new QuoteSpans(spans);
  }

  public List<Span> spans() {
    return spans;
  }

  /** Chars of {@code span} inside quotations. */
  public int quotedChars(Span span) {
    int n = 0;
    for (int i = firstEndingAfter(span.begin()); i < spans.size() && spans.get(i).begin() < span.end(); i++) {
      Span q = spans.get(i);
      if (q.overlaps(span)) {
        n += Math.min(q.end(), span.end()) - Math.max(q.begin(), span.begin());
      }
    }
    return n;
  }

  /** The first quotation that ends after {@code offset}: ends grow with the list, the quotations being apart. */
  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** QUOTED when more than half of {@code span} lies inside quotations, else AUTHOR. */
  public Voice voiceOf(Span span) {
    return span.length() > 0 && quotedChars(span) * 2 > span.length() ? Voice.QUOTED : Voice.AUTHOR;
  }
}
