package org.presslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.corpus.ArticlePortrayal;
import org.presslens.corpus.CorpusBuilder;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.GroupBy;

/**
 * The corpus aggregation as Spark SQL ({@link CorpusSql}, local mode) gives the numbers of {@code presslens corpus}
 * ({@link CorpusSummary}) on the same reports: the dated fixture reports of the CLI's tests (three outlets, four
 * months), flattened into the job's Parquet tables {@code articles} and {@code portrayals} and read back. Counts and
 * confidence intervals (same seed) are equal; means within 1e-9 (summation order).
 */
class CorpusSqlIT {
  private static final String ONE_AUTHOR = "\"authors\":[\"A. Writer\"]";
  private static final Path FIXTURE = Path.of("../cli/src/test/resources/corpus/dated-reports.jsonl");
  private static SparkSession spark;
  private static List<String> reports;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    spark = SparkSession.builder().appName("CorpusSqlIT").master("local[2]").config("spark.ui.enabled", "false")
        .getOrCreate();
    reports = new ArrayList<>();
    for (String line : Files.readAllLines(FIXTURE)) {
      try {
        ArticlePortrayal.parse(line);
        reports.add(withAuthors(line, reports.size()));
      } catch (IllegalArgumentException notAReport) {
        // the fixture's error record and truncated line: the job never writes those as reports
      }
    }
    List<AnalyzedArticle> rows = new ArrayList<>();
    for (String line : reports) {
      AnalyzedArticle a = new AnalyzedArticle();
      a.setInput("fixture:" + (rows.size() + 1));
      a.setOk(true);
      a.setJson(line);
      rows.add(a);
    }
    Dataset<AnalyzedArticle> analyzed = spark.createDataset(rows, Encoders.bean(AnalyzedArticle.class));
    PresslensSpark.articleRows(analyzed).write().parquet(tmp.resolve("parquet/articles").toString());
    PresslensSpark.portrayalRows(analyzed).write().parquet(tmp.resolve("parquet/portrayals").toString());
    spark.read().parquet(tmp.resolve("parquet/articles").toString()).createOrReplaceTempView("articles");
    spark.read().parquet(tmp.resolve("parquet/portrayals").toString()).createOrReplaceTempView("portrayals");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static CorpusSummary cli(CorpusOptions options) {
    CorpusBuilder b = CorpusSummary.builder(options);
    reports.forEach(line -> b.addLine(line, "fixture"));
    return b.build();
  }

  @Test
  void sqlGivesTheCliNumbersPerOutletAndMonth() {
    agree(CorpusOptions.DEFAULTS.entities(100).minArticles(3).by(GroupBy.OUTLET, GroupBy.MONTH), false, true);
  }

  @Test
  void sqlGivesTheCliNumbersPerDirAndYearAndTheSameTooSmallGroups() {
    agree(CorpusOptions.DEFAULTS.entities(100).by(GroupBy.DIR), false, true);
    agree(CorpusOptions.DEFAULTS.entities(100).by(GroupBy.YEAR), false, true);
    agree(CorpusOptions.DEFAULTS.entities(100).minArticles(4).by(GroupBy.DIR, GroupBy.MONTH), false, false);
  }

  @Test
  void sqlGivesTheCliNumbersPerAuthorWithSeveralNoneAndUntrimmedAuthors() {
    agree(CorpusOptions.DEFAULTS.entities(100).minArticles(2).by(GroupBy.AUTHOR), false, true);
    agree(CorpusOptions.DEFAULTS.entities(100).minArticles(2).by(GroupBy.AUTHOR, GroupBy.MONTH), false, true);
  }

  /**
   * Varies the fixture's one author by line: the author alone, two authors (one padded with spaces), no author, a
   * blank author beside another, the same author twice — each report then lies in zero, one or two author groups.
   */
  private static String withAuthors(String line, int index) {
    String[] variants = {"[\"A. Writer\"]", "[\"B. Critic\",\" A. Writer \"]", "[]", "[\" \",\"B. Critic\"]",
        "[\"C. Columnist\",\"C. Columnist\"]"};
    assertThat(line).as("fixture line %d names its author as expected", index).contains(ONE_AUTHOR);
    return line.replace(ONE_AUTHOR, "\"authors\":" + variants[index % variants.length]);
  }

  @Test
  void sqlGivesTheCliTotals() {
    agree(CorpusOptions.DEFAULTS.entities(100), true, true);
  }

  /** Compares every cell; {@code numbers}: some cells have numbers (else all groups are too small). */
  private static void agree(CorpusOptions options, boolean totals, boolean numbers) {
    CorpusSummary summary = cli(options);
    Map<String, Row> sql = new HashMap<>();
    for (Row r : CorpusSql.cells(spark, "articles", "portrayals", options).collectAsList()) {
      sql.put(r.getAs("identity") + "|" + r.getAs("grp"), r);
    }
    assertThat(summary.entities()).hasSizeGreaterThan(3);
    int compared = 0;
    for (EntityRow e : summary.entities()) {
      List<Cell> cells = totals ? List.of(e.total()) : e.cells();
      for (Cell c : cells) {
        Row r = sql.get(e.identity() + "|" + c.group());
        if (c.tooSmall()) {
          assertThat(r == null || (boolean) r.getAs("tooSmall")).as("%s in %s too small", e.identity(), c.group())
              .isTrue();
          continue;
        }
        if (c.articles() == 0) {
          assertThat(r).as("%s in %s: no articles, no row", e.identity(), c.group()).isNull();
          continue;
        }
        assertThat(r).as("%s in %s", e.identity(), c.group()).isNotNull();
        assertThat((boolean) r.getAs("tooSmall")).isFalse();
        compared++;
        assertThat((long) r.getAs("articles")).isEqualTo(c.articles());
        assertThat((double) r.getAs("share")).isCloseTo(c.share(), within(1e-12));
        assertThat((long) r.getAs("mentions")).isEqualTo(c.mentions());
        assertThat((double) r.getAs("salience")).isCloseTo(c.salience(), within(1e-9));
        assertThat((long) r.getAs("sentimentArticles")).isEqualTo(c.sentiment().articles());
        assertThat((double) r.getAs("sentimentMean")).isCloseTo(c.sentiment().mean(), within(1e-9));
        assertThat((Double) r.getAs("sentimentLow")).isEqualTo(c.sentiment().low());
        assertThat((Double) r.getAs("sentimentHigh")).isEqualTo(c.sentiment().high());
        assertThat((long) r.getAs("favor")).isEqualTo(c.stance().getOrDefault("FAVOR", 0L));
        assertThat((long) r.getAs("against")).isEqualTo(c.stance().getOrDefault("AGAINST", 0L));
        assertThat((long) r.getAs("none")).isEqualTo(c.stance().getOrDefault("NONE", 0L));
      }
    }
    if (numbers) {
      assertThat(compared).as("cells with numbers compared").isGreaterThan(4);
    } else {
      assertThat(compared).as("all groups too small").isZero();
    }
  }
}
