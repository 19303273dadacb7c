package org.presslens.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A span {@code [begin, end)} of the article text that a renderer highlights.
 *
 * <ul>
 *   <li>A {@link Kind#SEGMENT} is a sentence-like run of text. The first renderer (by {@link ResultRenderer#order()})
 *       that gives segments divides the text into units, each with an anchor ({@code id="s<begin>"}) that links can
 *       point to ({@link RenderContext#anchorFor}); a later renderer's segment joins the unit its begin falls in,
 *       adding its classes, label and tag. Only a segment inside one paragraph becomes a unit.</li>
 *   <li>A {@link Kind#MARK} is an inline highlight (a name, a quotation). Marks do not overlap: of two overlapping
 *       marks the one that begins first (then the longer, then the earlier renderer's) is shown.</li>
 * </ul>
 * Spans outside the text or empty are ignored.
 *
 * @param cssClass space-separated class names, {@code [A-Za-z][A-Za-z0-9_-]*} each; others are dropped
 * @param label    the tooltip: plain text, escaped by the shell; may be empty
 * @param tag      for segments, a short badge shown at the unit's end (e.g. {@code stance}), or null
 * @param tint     for segments, a background colour, or null
 */
public record Highlight(int begin, int end, Kind kind, String cssClass, String label, String tag, Tint tint) {

  private static final Pattern CLASS = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  /** What kind of highlight. */
  public enum Kind {
    SEGMENT, MARK
  }

  public Highlight {
    cssClass = safeClasses(cssClass);
    label = label == null ? "" : label;
    tag = tag == null || tag.isBlank() ? null : tag;
  }

  /** A sentence-like segment. */
  public static Highlight segment(int begin, int end, String cssClass, String label) {
    return new Highlight(begin, end, Kind.SEGMENT, cssClass, label, null, null);
  }

  /** An inline mark. */
  public static Highlight mark(int begin, int end, String cssClass, String label) {
    return new Highlight(begin, end, Kind.MARK, cssClass, label, null, null);
  }

  public Highlight withTint(Tint newTint) {
    return new Highlight(begin, end, kind, cssClass, label, tag, newTint);
  }

  public Highlight withTag(String newTag) {
    return new Highlight(begin, end, kind, cssClass, label, newTag, tint);
  }

  /** The valid class names of {@code classes}, space-separated. */
  static String safeClasses(String classes) {
    if (classes == null || classes.isBlank()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String c : classes.trim().split("\\s+")) {
      if (CLASS.matcher(c).matches() && !kept.contains(c)) {
        kept.add(c);
      }
    }
    return String.join(" ", kept);
  }
}
