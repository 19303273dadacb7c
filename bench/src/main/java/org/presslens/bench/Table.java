package org.presslens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines of the printed table: each section a blank line, a title line, then its rows. */
public final class Table {
  private final List<String> lines = new ArrayList<>();

  /** Starts a section: a blank line, then {@code title}. */
  public void section(String title) {
    lines.add("");
    lines.add(title);
  }

  /** One line, {@link String#format} in {@link Locale#ROOT}. */
  public void row(String format, Object... args) {
    lines.add(String.format(Locale.ROOT, format, args));
  }

  /** The lines so far. */
  public List<String> lines() {
    return List.copyOf(lines);
  }
}
