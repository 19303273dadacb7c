package org.presslens.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small, safe building blocks for renderers' markup: every piece of text is escaped. */
public final class Html {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,40}");

  private Html() {
  }

  /** {@code s} escaped for element content. */
  public static String text(CharSequence s) {
    return HtmlEscaper.text(s);
  }

  /** {@code s} escaped for a quoted attribute value. */
  public static String attribute(CharSequence s) {
    return HtmlEscaper.attribute(s);
  }

  /** A label chip in a tone: {@code <span class="chip tone-negative">NEGATIVE</span>}. */
  public static String chip(String label, Tone tone) {
    return "<span class=\"chip " + tone.cssClass() + "\">" + text(label) + "</span>";
  }

  /** {@code +0.42} / {@code -0.38}; {@code —} for null. */
  public static String signed(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%+.2f", d);
  }

  /** {@code 0.42}; {@code —} for null. */
  public static String fixed(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%.2f", d);
  }

  /** {@code s} with runs of white space made one space, cut to {@code max} chars with an ellipsis. */
  public static String snippet(String s, int max) {
    String flat = s == null ? "" : s.replaceAll("\\s+", " ").trim();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }

  /**
   * {@code prefix + value} when {@code value} is a plain word ({@code [A-Za-z][A-Za-z0-9_]*}), else
   * {@code prefix + fallback}: a class name made from data (a type, a label) can never break out of its attribute.
   */
  public static String classFor(String prefix, String value, String fallback) {
    return prefix + (value != null && TOKEN.matcher(value).matches() ? value : fallback);
  }
}
