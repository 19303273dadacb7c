package org.presslens.corpus.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.presslens.corpus.BadInput;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.GroupBy;

/** A corpus summary as plain-text lines: the inputs, then each entity with one line per group. Stateless. */
public final class CorpusText {
  private CorpusText() {
  }

  /** The lines of the summary. */
  public static List<String> lines(CorpusSummary s) {
    List<String> out = new ArrayList<>(header(s));
    int rank = 0;
    for (EntityRow e : s.entities()) {
      rank++;
      Cell t = e.total();
      out.add("");
      out.add(String.format("%d. %s (%s) — %d articles (%s), %d mentions, sentiment %s, stance %s%s", rank, e.name(),
          e.type(), t.articles(), Numbers.percent(t.share()), t.mentions(), Numbers.sentiment(t.sentiment()),
          stance(t), e.names().size() > 1 ? "; also " + String.join(", ", e.names().subList(1, e.names().size())) : ""));
      for (Cell c : e.cells()) {
        out.add("   " + pad(c.group(), 24) + (c.tooSmall() ? "too small" : String.format("%3d articles (%s), "
            + "%d mentions, sentiment %s, stance %s", c.articles(), Numbers.percent(c.share()), c.mentions(),
            Numbers.sentiment(c.sentiment()), stance(c))));
      }
    }
    if (!s.inputs().badListed().isEmpty()) {
      out.add("");
      out.add("bad inputs (" + s.inputs().badTotal() + "):");
      for (BadInput b : s.inputs().badListed()) {
        out.add("   " + b.input() + ": " + b.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ": " + b.message());
      }
      if (s.inputs().badTotal() > s.inputs().badListed().size()) {
        out.add("   ... and " + (s.inputs().badTotal() - s.inputs().badListed().size()) + " more");
      }
    }
    return out;
  }

  /** The summary's first lines: reports, bad inputs, groups, identities. */
  public static List<String> header(CorpusSummary s) {
    CorpusSummary.Inputs in = s.inputs();
    List<String> out = new ArrayList<>();
    out.add("presslens corpus: " + in.reports() + " reports" + (in.withoutEntities() > 0 ? " (" + in.withoutEntities()
        + " without entities)" : "") + ", " + in.badTotal() + " bad inputs" + (in.badTotal() == 0 ? "" : " ("
        + in.bad().entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getValue() + " "
        + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "))
        + ")"));
    if (!s.options().by().isEmpty()) {
      long tooSmall = s.groups().stream().filter(CorpusSummary.Group::tooSmall).count();
      out.add("grouped by " + s.options().by().stream().map(GroupBy::label).collect(Collectors.joining(", ")) + ": "
          + s.groups().size() + " groups" + (tooSmall > 0 ? " (" + tooSmall + " with fewer than "
          + s.options().minArticles() + " articles: too small)" : ""));
      for (GroupBy by : s.options().by()) {
        long missing = in.missing().getOrDefault(by, 0L);
        if (missing > 0) {
          out.add(missing + " reports have no " + what(by) + " and are in no group");
        }
      }
    }
    CorpusSummary.Identities id = s.identities();
    out.add("entities: " + id.names() + " names -> " + id.keys() + " normalized -> " + id.entities()
        + " entities (" + id.merged() + " names merged, " + id.folded().size() + " surnames folded into a full name)");
    return out;
  }

  static String what(GroupBy by) {
    return switch (by) {
      case DIR -> "directory";
      case OUTLET -> "outlet";
      case AUTHOR -> "author";
      case WEEK, MONTH, YEAR -> "date (published)";
    };
  }

  private static String stance(Cell c) {
    return "F" + Numbers.stance(c, "FAVOR") + "/A" + Numbers.stance(c, "AGAINST") + "/N" + Numbers.stance(c, "NONE");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
