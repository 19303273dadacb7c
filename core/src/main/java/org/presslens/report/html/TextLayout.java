package org.presslens.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeMap;
import org.presslens.analysis.SpanIndex;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.render.Highlight;
import org.presslens.render.Tint;

/**
 * The highlights of all renderers laid out over the article text: units (sentence-like segments, each with an anchor)
 * and the marks inside them, following the rules of {@link Highlight}. Built in {@code O(n log n)} of the number of
 * highlights and paragraphs.
 */
final class TextLayout {

  /** A unit of the text: the first segment over it, and what later segments starting in it added. */
  static final class Unit {
    final int begin;
    final int end;
    final Set<String> classes = new LinkedHashSet<>();
    final Set<String> labels = new LinkedHashSet<>();
    final Map<String, Set<String>> tags = new LinkedHashMap<>();
    Tint tint;

    private Unit(Highlight first) {
      this.begin = first.begin();
      this.end = first.end();
      add(first);
    }

    private void add(Highlight h) {
      if (!h.cssClass().isEmpty()) {
        classes.addAll(List.of(h.cssClass().split(" ")));
      }
      if (!h.label().isEmpty()) {
        labels.add(h.label());
      }
      if (h.tag() != null) {
        tags.computeIfAbsent(h.tag(), t -> new LinkedHashSet<>()).add(h.label());
      }
      if (tint == null) {
        tint = h.tint();
      }
    }

    String anchor() {
      return "s" + begin;
    }
  }

  /** An inline mark. */
  record Mark(int begin, int end, String cssClass, String label) {
  }

  final List<Paragraph> paragraphs;
  final List<Unit> units;
  final List<Mark> marks;
  private final TreeMap<Integer, Unit> byBegin = new TreeMap<>();
  private final SpanIndex paragraphIndex;

  private TextLayout(Article article, List<List<Highlight>> byRenderer) {
    this.paragraphs = article.paragraphs();
    this.paragraphIndex = SpanIndex.of(paragraphs.stream().map(Paragraph::span).toList());
    int length = article.text().length();
    List<Mark> allMarks = new ArrayList<>();
    for (List<Highlight> highlights : byRenderer) {
      List<Highlight> segments = new ArrayList<>();
      for (Highlight h : highlights) {
        if (h.begin() < 0 || h.end() <= h.begin() || h.end() > length) {
          continue;
        }
        if (h.kind() == Highlight.Kind.SEGMENT) {
          segments.add(h);
        } else {
          allMarks.add(new Mark(h.begin(), h.end(), h.cssClass(), h.label()));
        }
      }
      segments.sort(Comparator.comparingInt(Highlight::begin).thenComparingInt(h -> -h.end()));
      segments.forEach(this::place);
    }
    this.units = List.copyOf(byBegin.values());
    // stable sort: equal spans keep renderer order
    allMarks.sort(Comparator.comparingInt(Mark::begin).thenComparingInt(m -> -m.end()));
    List<Mark> kept = new ArrayList<>();
    int lastEnd = -1;
    for (Mark m : allMarks) {
      if (m.begin() >= lastEnd) {
        kept.add(m);
        lastEnd = m.end();
      }
    }
    this.marks = List.copyOf(kept);
  }

  static TextLayout of(Article article, List<List<Highlight>> byRenderer) {
    return new TextLayout(article, byRenderer);
  }

  private void place(Highlight segment) {
    Unit holder = unitAt(segment.begin());
    if (holder == null) {
      Entry<Integer, Unit> next = byBegin.ceilingEntry(segment.begin());
      holder = next != null && next.getKey() < segment.end() ? next.getValue() : null;
    }
    if (holder != null) {
      holder.add(segment);
    } else if (paragraphIndex.indexAt(segment.begin()) == paragraphIndex.indexAt(segment.end() - 1)) {
      byBegin.put(segment.begin(), new Unit(segment));
    }
  }

  private Unit unitAt(int offset) {
    Entry<Integer, Unit> e = byBegin.floorEntry(offset);
    return e != null && offset < e.getValue().end ? e.getValue() : null;
  }

  /** The paragraph holding {@code offset}, or null. */
  Paragraph paragraphOf(int offset) {
    int i = paragraphIndex.indexAt(offset);
    return i < 0 ? null : paragraphs.get(i);
  }

  /** The anchor of the unit, else the paragraph, holding {@code offset}; else {@code text}. */
  String anchorFor(int offset) {
    Unit u = unitAt(offset);
    if (u != null) {
      return u.anchor();
    }
    Paragraph p = paragraphOf(offset);
    return p != null ? "p" + p.begin() : "text";
  }
}
