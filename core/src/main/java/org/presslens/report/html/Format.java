package org.presslens.report.html;

import java.util.Locale;

/** Number and class-name formatting for the HTML page. */
final class Format {

  private Format() {
  }

  /** {@code +0.42} / {@code -0.38}. */
  static String signed(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%+.2f", d);
  }

  /** {@code 0.42}. */
  static String fixed(Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%.2f", d);
  }

  /** A CSS class for an entity type: {@code t-PERSON}; types that are not plain upper-case words give {@code t-OTHER}. */
  static String typeClass(String type) {
    return "t-" + (type != null && Styles.ENTITY_TYPES.contains(type) ? type : "OTHER");
  }

  /** A CSS class for a label: {@code l-NEGATIVE}; anything that is not an upper-case word gives {@code l-OTHER}. */
  static String labelClass(String label) {
    return "l-" + (label != null && label.matches("[A-Z][A-Z_]{0,30}") ? label : "OTHER");
  }
}
