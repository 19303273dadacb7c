package org.presslens.corpus;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a corpus summary groups articles by. A report without the value (no outlet, no date, a source without a
 * directory) is in no group of that kind and is counted as such; nothing is grouped under an invented value.
 */
public enum GroupBy {
  /** The name of the directory the article's file is in ({@code aljazeera}). */
  DIR,
  /** The article's outlet. */
  OUTLET,
  /** Each of the article's authors (an article with two authors is in both groups). */
  AUTHOR,
  /** The ISO week of the publication date ({@code 2024-W09}). */
  WEEK,
  /** The month of the publication date ({@code 2024-03}). */
  MONTH,
  /** The year of the publication date ({@code 2024}). */
  YEAR;

  /** {@code dir}, {@code outlet}, ... in any case. */
  public static GroupBy parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown grouping '" + name + "' (dir, outlet, author, week, month, year)", e);
    }
  }

  /** True for the groupings by publication date. */
  public boolean isTime() {
    return this == WEEK || this == MONTH || this == YEAR;
  }

  /** The lower-case name, as on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The article's values of this grouping: none when it has none, several only for authors. */
  public List<String> values(ArticlePortrayal article) {
    return switch (this) {
      case DIR -> article.dir().map(List::of).orElse(List.of());
      case OUTLET -> nonBlank(article.outlet() == null ? List.of() : List.of(article.outlet()));
      case AUTHOR -> nonBlank(article.authors());
      case WEEK, MONTH, YEAR -> article.published() == null ? List.of() : List.of(period(article.published()));
    };
  }

  /** The period of {@code date} for a time grouping. */
  public String period(LocalDate date) {
    return switch (this) {
      case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> Integer.toString(date.getYear());
      default -> throw new IllegalStateException(this + " is not a time grouping");
    };
  }

  private static List<String> nonBlank(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v.strip());
      }
    }
    return new ArrayList<>(out);
  }
}
