package org.presslens.corpus.format;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.CorpusSummary.Group;
import org.presslens.corpus.GroupBy;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A corpus summary as CSV (RFC 4180, header row): one row per entity and group, the entity's row over all reports
 * first ({@code group} = {@code all}); a column per grouping holds the group's value. Too-small groups have empty
 * numbers and {@code too_small} = {@code true}. Stateless.
 */
public final class CorpusCsv {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CorpusCsv() {
  }

  /** The column names for a summary grouped by {@code by}. */
  public static List<String> columns(List<GroupBy> by) {
    List<String> columns = new ArrayList<>(List.of("rank", "identity", "type", "name", "group"));
    by.forEach(b -> columns.add(b.label()));
    columns.addAll(List.of("group_articles", "too_small", "articles", "share", "mentions", "salience",
        "sentiment_articles", "sentiment_mean", "sentiment_low", "sentiment_high", "favor", "against", "none"));
    return columns;
  }

  /** Writes the summary to {@code out}. */
  public static void write(CorpusSummary s, Writer out) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns(s.options().by()).forEach(schema::addColumn);
    try (SequenceWriter w = MAPPER.writerFor(Object[].class).with(schema.build()).writeValues(out)) {
      int rank = 0;
      for (EntityRow e : s.entities()) {
        rank++;
        List<String> none = s.options().by().stream().map(b -> "").toList();
        w.write(row(rank, e, e.total(), none, s.inputs().reports()));
        for (int i = 0; i < e.cells().size(); i++) {
          Group g = s.groups().get(i);
          w.write(row(rank, e, e.cells().get(i), g.values(), g.articles()));
        }
      }
    }
  }

  private static Object[] row(int rank, EntityRow e, Cell c, List<String> values, long groupArticles) {
    List<Object> row = new ArrayList<>(List.of(rank, e.identity(), e.type(), e.name(), c.group()));
    row.addAll(values);
    row.add(groupArticles);
    row.add(c.tooSmall());
    if (c.tooSmall()) {
      for (int i = 0; i < 11; i++) {
        row.add("");
      }
      return row.toArray();
    }
    CorpusSummary.Sentiment s = c.sentiment();
    row.addAll(List.of(c.articles(), Numbers.fixed(c.share(), 4), c.mentions(), Numbers.fixed(c.salience(), 4),
        s == null ? 0 : s.articles(), s == null ? "" : Numbers.fixed(s.mean(), 4),
        s == null ? "" : Numbers.fixed(s.low(), 4), s == null ? "" : Numbers.fixed(s.high(), 4),
        Numbers.stance(c, "FAVOR"), Numbers.stance(c, "AGAINST"), Numbers.stance(c, "NONE")));
    return row.toArray();
  }
}
