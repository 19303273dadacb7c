package org.presslens.render;

/**
 * Escapes untrusted text (article text, metadata, analyzer output) for HTML. Everything presslens writes into an
 * HTML page that did not come from a constant goes through {@link #text} (element content) or {@link #attribute}
 * (a double-quoted attribute value); nothing else is ever written unescaped.
 *
 * <p>Both escape {@code & < > " '}, so the result is safe in element content and in quoted attribute values alike.
 * NUL, other C0 control characters except tab, line feed and carriage return, DEL, the C1 controls and unpaired
 * surrogates (which cannot be encoded) become U+FFFD; attribute values also turn line breaks and tabs into
 * character references so that a tooltip keeps them.
 */
public final class HtmlEscaper {

  private HtmlEscaper() {
  }

  /** {@code s} escaped for element content ({@code null} gives the empty string). */
  public static String text(CharSequence s) {
    return escape(s, false);
  }

  /** {@code s} escaped for a double- or single-quoted attribute value ({@code null} gives the empty string). */
  public static String attribute(CharSequence s) {
    return escape(s, true);
  }

  private static String escape(CharSequence s, boolean attribute) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      String replacement = replacement(s, i, c, attribute);
      if (replacement == null) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
        } else if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length + 16);
        out.append(s, 0, i);
      }
      out.append(replacement);
    }
    return out == null ? s.toString() : out.toString();
  }

  /** The replacement of the char at {@code i}, or null to keep it (a valid surrogate pair is kept). */
  private static String replacement(CharSequence s, int i, char c, boolean attribute) {
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      case '\n':
        return attribute ? "&#10;" : null;
      case '\r':
        return attribute ? "&#13;" : null;
      case '\t':
        return attribute ? "&#9;" : null;
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return "\uFFFD";
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? null : "\uFFFD";
    }
    if (Character.isLowSurrogate(c)) {
      return "\uFFFD"; // a low surrogate reached here has no high surrogate before it
    }
    return null;
  }
}
