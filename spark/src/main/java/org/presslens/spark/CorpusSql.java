package org.presslens.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.presslens.corpus.Bootstrap;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.EntityIdentity;
import org.presslens.corpus.GroupBy;

/**
 * The corpus summary's cells ({@code presslens corpus}, docs/corpus.md) as Spark SQL over the job's Parquet tables
 * {@code articles} and {@code portrayals}: per entity identity and group, the articles, share, mentions, mean salience,
 * author-voice sentiment (mean and the seeded bootstrap interval of presslens-corpus, as a UDF) and the stance counts.
 * The identities come from presslens-corpus's {@link EntityIdentity} over the distinct keys (collected to the driver:
 * one row per distinct name). Groupings: dir, outlet, author, week, month, year and combinations; by author, an
 * article is in the group of each of its distinct, non-blank, trimmed authors (as in presslens-corpus).
 */
public final class CorpusSql {
  private static final String LOW = "presslens_ci_low";
  private static final String HIGH = "presslens_ci_high";
  /** One row per distinct, non-blank, trimmed author of the row's article (none without one). */
  private static final String AUTHORS = "LATERAL VIEW OUTER explode(array_distinct(transform(filter(authors,"
      + " x -> x IS NOT NULL AND trim(x) <> ''), x -> trim(x)))) au AS author";

  private CorpusSql() {
  }

  /**
   * The cells, one row per identity and group with the columns {@code identity, grp, groupArticles, tooSmall,
   * articles, share, mentions, salience, sentimentArticles, sentimentMean, sentimentLow, sentimentHigh, favor,
   * against, none}. {@code articles} and {@code portrayals} are the views of the two tables; without groupings the
   * one group is {@code all}.
   */
  public static Dataset<Row> cells(SparkSession spark, String articles, String portrayals, CorpusOptions options) {
    registerIdentities(spark, portrayals);
    long seed = options.seed();
    spark.udf().register(LOW, (UDF3<scala.collection.Seq<Double>, String, String, Double>) (scores, id, grp) ->
        bound(scores, seed, id, grp, true), DataTypes.DoubleType);
    spark.udf().register(HIGH, (UDF3<scala.collection.Seq<Double>, String, String, Double>) (scores, id, grp) ->
        bound(scores, seed, id, grp, false), DataTypes.DoubleType);
    String grp = group(options.by());
    String sql = """
        WITH g AS (SELECT %1$s AS grp, count(*) AS groupArticles FROM %2$s a %7$s WHERE ok GROUP BY 1),
        p AS (SELECT i.identity, %1$s AS grp, p.* FROM %3$s p JOIN presslens_identities i ON p.entityKey = i.key
              %7$s),
        c AS (SELECT identity, grp, count(*) AS articles, sum(mentions) AS mentions, avg(salience) AS salience,
                count(sentiment) AS sentimentArticles, avg(sentiment) AS sentimentMean,
                collect_list(sentiment) AS scores,
                sum(CASE WHEN stance = 'FAVOR' THEN 1 ELSE 0 END) AS favor,
                sum(CASE WHEN stance = 'AGAINST' THEN 1 ELSE 0 END) AS against,
                sum(CASE WHEN stance = 'NONE' THEN 1 ELSE 0 END) AS none
              FROM p WHERE grp IS NOT NULL GROUP BY identity, grp)
        SELECT c.identity, c.grp, g.groupArticles, g.groupArticles < %4$d AS tooSmall, c.articles,
               c.articles / g.groupArticles AS share, c.mentions, c.salience, c.sentimentArticles, c.sentimentMean,
               %5$s(c.scores, c.identity, c.grp) AS sentimentLow, %6$s(c.scores, c.identity, c.grp) AS sentimentHigh,
               c.favor, c.against, c.none
          FROM c JOIN g ON c.grp = g.grp
        """.formatted(grp, articles, portrayals, options.by().isEmpty() ? 0 : options.minArticles(), LOW, HIGH,
        options.by().contains(GroupBy.AUTHOR) ? AUTHORS : "");
    return spark.sql(sql);
  }

  /** The SQL expression of a grouping over the columns {@code source}, {@code outlet} and {@code published}. */
  static String expression(GroupBy by) {
    return switch (by) {
      case DIR -> "nullif(nullif(nullif(regexp_extract(replace(source, '\\\\', '/'), '([^/]*)/[^/]*$', 1), ''), '.'),"
          + " '..')";
      case OUTLET -> "nullif(trim(outlet), '')";
      case WEEK -> "format_string('%d-W%02d', extract(YEAROFWEEK FROM published), weekofyear(published))";
      case MONTH -> "date_format(published, 'yyyy-MM')";
      case YEAR -> "cast(year(published) AS STRING)";
      case AUTHOR -> "author";
    };
  }

  /** The group label: the groupings' values joined with " / " (null when one is missing), or {@code all}. */
  static String group(List<GroupBy> by) {
    if (by.isEmpty()) {
      return "'all'";
    }
    List<String> parts = by.stream().map(CorpusSql::expression).toList();
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String anyNull = String.join(" OR ", parts.stream().map(p -> "(" + p + ") IS NULL").toList());
    return "CASE WHEN " + anyNull + " THEN NULL ELSE concat_ws(' / ', " + String.join(", ", parts) + ") END";
  }

  private static void registerIdentities(SparkSession spark, String portrayals) {
    Set<String> keys = new HashSet<>();
    for (Row r : spark.sql("SELECT DISTINCT entityKey FROM " + portrayals).collectAsList()) {
      keys.add(r.getString(0));
    }
    EntityIdentity identity = EntityIdentity.of(keys);
    List<Row> rows = new ArrayList<>();
    keys.forEach(k -> rows.add(RowFactory.create(k, identity.identity(k))));
    StructType schema = new StructType().add("key", DataTypes.StringType).add("identity", DataTypes.StringType);
    spark.createDataFrame(rows, schema).createOrReplaceTempView("presslens_identities");
  }

  private static Double bound(scala.collection.Seq<Double> scores, long seed, String identity, String group,
                              boolean low) {
    List<Double> values = scala.jdk.javaapi.CollectionConverters.asJava(scores);
    double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
    Bootstrap.Interval ci = Bootstrap.interval(array, Bootstrap.seed(seed, identity, group));
    return ci == null ? null : low ? ci.low() : ci.high();
  }
}
