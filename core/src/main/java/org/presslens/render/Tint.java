package org.presslens.render;

import java.util.Locale;

/** A background colour for a highlighted segment: red, green, blue 0..255 and opacity 0..1 (clamped). */
public record Tint(int red, int green, int blue, double alpha) {

  public Tint {
    red = clamp(red);
    green = clamp(green);
    blue = clamp(blue);
    alpha = Double.isNaN(alpha) ? 0 : Math.max(0, Math.min(1, alpha));
  }

  private static int clamp(int c) {
    return Math.max(0, Math.min(255, c));
  }

  /** The CSS declaration, e.g. {@code background-color:rgba(220,38,38,0.35)}. */
  public String css() {
    return String.format(Locale.ROOT, "background-color:rgba(%d,%d,%d,%.2f)", red, green, blue, alpha);
  }
}
