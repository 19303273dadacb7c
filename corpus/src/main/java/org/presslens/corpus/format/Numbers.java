package org.presslens.corpus.format;

import java.util.Locale;
import org.presslens.corpus.CorpusSummary;

/** Number formats shared by the text, CSV and HTML output. */
final class Numbers {
  private Numbers() {
  }

  static String score(double v) {
    return String.format(Locale.ROOT, "%+.3f", v);
  }

  static String fixed(Double v, int digits) {
    return v == null ? "" : String.format(Locale.ROOT, "%." + digits + "f", v);
  }

  static String percent(Double share) {
    return share == null ? "" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** {@code -0.120 [-0.200, -0.050] n=10}, or {@code -0.120 n=1}, or "no sentiment". */
  static String sentiment(CorpusSummary.Sentiment s) {
    if (s == null) {
      return "no sentiment";
    }
    String ci = s.low() == null ? "" : " [" + score(s.low()) + ", " + score(s.high()) + "]";
    return score(s.mean()) + ci + " n=" + s.articles();
  }

  static long stance(CorpusSummary.Cell cell, String label) {
    return cell.stance() == null ? 0 : cell.stance().getOrDefault(label, 0L);
  }
}
