package org.presslens.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.corpus.internal.CellStats;
import org.presslens.corpus.internal.ReportLineReader;
import org.presslens.corpus.internal.Summarizer;
import org.presslens.report.AnalysisReport;

/**
 * Accumulates reports into a {@link CorpusSummary}: streamed, in memory bounded by the number of distinct names ×
 * groups (one cell each), never by the number of reports. Thread-safe (its methods are synchronized); reports may be
 * added in any order and give the same summary.
 */
public final class CorpusBuilder {
  /** How many bad inputs a summary lists (all are counted). */
  public static final int LISTED_BAD_INPUTS = 1000;
  /** The internal group label of an entity's cell over all reports (no group has an empty label). */
  public static final String ALL = "";

  private final CorpusOptions options;
  private final ReportLineReader reader = new ReportLineReader();
  private long lines;
  private long reports;
  private long withoutEntities;
  private final Map<BadInput.Kind, Long> bad = new EnumMap<>(BadInput.Kind.class);
  private final List<BadInput> badListed = new ArrayList<>();
  private final Map<GroupBy, Long> missing = new EnumMap<>(GroupBy.class);
  private final Map<String, List<String>> groups = new HashMap<>();
  private final Map<String, Long> groupArticles = new HashMap<>();
  private final Map<String, List<String>> marginals = new HashMap<>();
  private final Map<String, Map<String, Long>> names = new HashMap<>();
  private final Map<String, Map<String, CellStats>> cells = new HashMap<>();

  CorpusBuilder(CorpusOptions options) {
    this.options = options;
  }

  /** Reads a JSONL file of reports (as {@code presslens analyze --format jsonl} writes them), line by line. */
  public CorpusBuilder addJsonl(Path jsonl) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      return addJsonl(in, jsonl.toString());
    }
  }

  /** Reads JSONL reports from {@code in}, naming bad lines {@code name:LINE}; blank lines are skipped. */
  public CorpusBuilder addJsonl(BufferedReader in, String name) throws IOException {
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (!line.isBlank()) {
        addLine(line, name + ":" + number);
      }
    }
    return this;
  }

  /** Adds one JSONL line: a report, or a bad input named {@code where}. */
  public CorpusBuilder addLine(String line, String where) {
    ArticlePortrayal article;
    try {
      article = reader.read(line);
    } catch (ReportLineReader.BadLine e) {
      return addBad(new BadInput(e.kind(), where, e.getMessage()), true);
    }
    return addArticle(article, true);
  }

  /**
   * Adds one report.
   *
   * @throws IllegalArgumentException when one of its results does not read as its type
   */
  public CorpusBuilder add(AnalysisReport report) {
    addArticle(ArticlePortrayal.of(report), true);
    return this;
  }

  /** Adds an input that gave no report (e.g. an article that could not be read). */
  public synchronized CorpusBuilder addBad(BadInput input) {
    return addBad(input, true);
  }

  private synchronized CorpusBuilder addBad(BadInput input, boolean line) {
    if (line) {
      lines++;
    }
    bad.merge(input.kind(), 1L, Long::sum);
    if (badListed.size() < LISTED_BAD_INPUTS) {
      badListed.add(input);
    }
    return this;
  }

  /** Adds an article already reduced to its portrayals. */
  public CorpusBuilder add(ArticlePortrayal article) {
    return addArticle(article, true);
  }

  private synchronized CorpusBuilder addArticle(ArticlePortrayal article, boolean line) {
    if (line) {
      lines++;
    }
    reports++;
    if (!article.hasEntities()) {
      withoutEntities++;
    }
    List<String> memberOf = new ArrayList<>();
    memberOf.add(ALL);
    for (List<String> values : groupValues(article)) {
      String label = String.join(" / ", values);
      groups.putIfAbsent(label, values);
      groupArticles.merge(label, 1L, Long::sum);
      memberOf.add(label);
    }
    if (options.by().size() > 1) {
      for (GroupBy by : options.by()) {
        for (String value : by.values(article)) {
          String key = marginalKey(by, value);
          marginals.putIfAbsent(key, List.of(by.name(), value));
          groupArticles.merge(key, 1L, Long::sum);
          memberOf.add(key);
        }
      }
    }
    for (EntityPortrayal p : article.entities()) {
      names.computeIfAbsent(p.key(), k -> new HashMap<>()).merge(p.name(), 1L, Long::sum);
      Map<String, CellStats> row = cells.computeIfAbsent(p.key(), k -> new HashMap<>());
      for (String label : memberOf) {
        row.computeIfAbsent(label, l -> new CellStats()).add(p, options.examples());
      }
    }
    return this;
  }

  /** The article's groups: the product of its values of each grouping; none when a grouping has no value. */
  private List<List<String>> groupValues(ArticlePortrayal article) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    boolean complete = true;
    for (GroupBy by : options.by()) {
      List<String> values = by.values(article);
      if (values.isEmpty()) {
        missing.merge(by, 1L, Long::sum);
        complete = false;
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (String v : values) {
          List<String> l = new ArrayList<>(prefix);
          l.add(v);
          next.add(l);
        }
      }
      out = next;
    }
    return options.by().isEmpty() || !complete ? List.of() : out;
  }

  /** The internal label of the marginal group of {@code value} of {@code by} (composite groupings only). */
  public static String marginalKey(GroupBy by, String value) {
    return "\u0001" + by.name() + "\u0001" + value;
  }

  /** The summary of everything added so far. */
  public synchronized CorpusSummary build() {
    return new Summarizer(options).summarize(
        new CorpusSummary.Inputs(lines, reports, withoutEntities, bad, badListed, missing),
        groups, marginals, groupArticles, names, cells);
  }
}
