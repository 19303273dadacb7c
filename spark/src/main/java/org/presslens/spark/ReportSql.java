package org.presslens.spark;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * SQL over the Parquet tables of a job's output directory, as views {@code articles}, {@code entities} and
 * {@code results}:
 * {@code presslens-spark sql DIR "SELECT ..."} prints the result (up to 1,000 rows).
 */
public final class ReportSql {

  private ReportSql() {
  }

  /** Registers the Parquet tables of {@code DIR} (articles, entities, results) as temporary views and runs {@code sql}. */
  public static Dataset<Row> query(SparkSession spark, String dir, String sql) {
    spark.read().parquet(dir + "/parquet/articles").createOrReplaceTempView("articles");
    spark.read().parquet(dir + "/parquet/entities").createOrReplaceTempView("entities");
    spark.read().parquet(dir + "/parquet/results").createOrReplaceTempView("results");
    return spark.sql(sql);
  }

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: presslens-spark sql DIR QUERY...   (views: articles, entities, results; see docs/spark.md)");
      System.exit(2);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("presslens-sql");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      for (String sql : Arrays.copyOfRange(args, 1, args.length)) {
        query(spark, args[0], sql).show(1000, false);
      }
    } finally {
      spark.stop();
    }
  }
}
