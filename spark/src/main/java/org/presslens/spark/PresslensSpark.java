package org.presslens.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * presslens on Spark, as a library: read inputs into a {@code Dataset<ArticleInput>}, analyze them with one frozen
 * pipeline per executor JVM into a {@code Dataset<AnalyzedArticle>} (one row per input, in input order), write the
 * JSONL reports, and flatten them into tables for SQL.
 *
 * <pre>{@code
 * JobCounters counters = JobCounters.register(spark);
 * Dataset<AnalyzedArticle> analyzed = PresslensSpark.analyze(
 *     PresslensSpark.files(spark, List.of("articles/")), PipelineSpec.defaults(), counters, 0);
 * PresslensSpark.writeJsonl(analyzed, "out/jsonl", SaveMode.ErrorIfExists);
 * System.out.println(counters.ok() + " ok, " + counters.failed() + " failed");
 * }</pre>
 */
public final class PresslensSpark {

  /** Partitions per core (default parallelism) when none are given: small enough tasks to balance the load. */
  public static final int PARTITIONS_PER_CORE = 4;

  private PresslensSpark() {
  }

  /**
   * Article files and directories, expanded (listed, not read) on the driver with the CLI's rules; see
   * {@link ArticleInputs}. The executors read each file.
   */
  public static Dataset<ArticleInput> files(SparkSession spark, List<String> paths) {
    List<ArticleInput> inputs = ArticleInputs.files(paths, spark.sparkContext().hadoopConfiguration());
    return spark.createDataset(inputs, Encoders.bean(ArticleInput.class));
  }

  /**
   * JSONL files (or directories of them): one article JSON (or report) per line, named {@code <file>:<line>}
   * (1-based); blank lines are skipped. Large files are split across partitions.
   */
  public static Dataset<ArticleInput> jsonl(SparkSession spark, List<String> paths) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<ArticleInputs.Listed> files = ArticleInputs.jsonlFiles(paths, conf);
    List<ArticleInput> broken = new ArrayList<>();
    JavaRDD<ArticleInput> all = null;
    for (int i = 0; i < files.size(); i++) {
      ArticleInputs.Listed f = files.get(i);
      long ordinal = i;
      if (f.problem() != null) {
        broken.add(ArticleInput.broken(ordinal, f.name(), f.problem()));
        continue;
      }
      String name = f.name();
      JavaRDD<ArticleInput> lines = jsc.textFile(f.path()).zipWithIndex()
          .filter(t -> !t._1().isBlank())
          .map(t -> ArticleInput.jsonLine(ordinal, t._2() + 1, name + ":" + (t._2() + 1), t._1()));
      all = all == null ? lines : all.union(lines);
    }
    JavaRDD<ArticleInput> problems = jsc.parallelize(broken, 1);
    all = all == null ? problems : all.union(problems);
    return spark.createDataset(all.rdd(), Encoders.bean(ArticleInput.class));
  }

  /**
   * Analyzes every input: range-partitioned by input order into {@code partitions} partitions (0: the default
   * parallelism times {@value #PARTITIONS_PER_CORE}), each analyzed by {@code mapPartitions} with this executor's
   * pipeline for {@code spec}. Lazy, like every transformation: nothing runs until an action (a write) does.
   * The rows keep input order: partition by partition, and in order inside each.
   */
  public static Dataset<AnalyzedArticle> analyze(Dataset<ArticleInput> inputs, PipelineSpec spec,
                                                 JobCounters counters, int partitions) {
    SparkSession spark = inputs.sparkSession();
    spec.validate(); // usage errors (unknown analyzer or option, bad value) before Spark starts; no models load here
    int n = partitions > 0 ? partitions : Math.max(1, spark.sparkContext().defaultParallelism() * PARTITIONS_PER_CORE);
    Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HadoopConf(spark.sparkContext().hadoopConfiguration()));
    return inputs
        .repartitionByRange(n, col("ordinal"), col("line"))
        .sortWithinPartitions("ordinal", "line")
        .mapPartitions(new ArticleAnalysis(spec, conf, counters), Encoders.bean(AnalyzedArticle.class));
  }

  /**
   * Writes one JSONL line per row to directory {@code dir} (Spark part files; their concatenation in name order is
   * in input order, see {@link #mergeParts}).
   */
  public static void writeJsonl(Dataset<AnalyzedArticle> analyzed, String dir, SaveMode mode) {
    analyzed.select("json").write().mode(mode).text(dir);
  }

  /** The rows of the Parquet table {@code articles}: one per input. */
  public static Dataset<ArticleRow> articleRows(Dataset<AnalyzedArticle> analyzed) {
    return analyzed.map(
        (org.apache.spark.api.java.function.MapFunction<AnalyzedArticle, ArticleRow>) ReportTables::articleRow,
        Encoders.bean(ArticleRow.class));
  }

  /** The rows of the Parquet table {@code entities}: one per entity per article. */
  public static Dataset<EntityRow> entityRows(Dataset<AnalyzedArticle> analyzed) {
    return analyzed.flatMap(
        (org.apache.spark.api.java.function.FlatMapFunction<AnalyzedArticle, EntityRow>)
            a -> ReportTables.entityRows(a).iterator(),
        Encoders.bean(EntityRow.class));
  }

  /** The rows of the Parquet table {@code portrayals}: one per entity identity per article (see {@link CorpusSql}). */
  public static Dataset<PortrayalRow> portrayalRows(Dataset<AnalyzedArticle> analyzed) {
    return analyzed.flatMap(
        (org.apache.spark.api.java.function.FlatMapFunction<AnalyzedArticle, PortrayalRow>)
            a -> ReportTables.portrayalRows(a).iterator(),
        Encoders.bean(PortrayalRow.class));
  }

  /** The rows of the Parquet table {@code results}: one per analyzer result per article, plugins included. */
  public static Dataset<ResultRow> resultRows(Dataset<AnalyzedArticle> analyzed) {
    return analyzed.flatMap(
        (org.apache.spark.api.java.function.FlatMapFunction<AnalyzedArticle, ResultRow>)
            a -> ReportTables.resultRows(a).iterator(),
        Encoders.bean(ResultRow.class));
  }

  /**
   * Concatenates the part files of {@code dir} ({@code part-*}, in name order) into the single file {@code target},
   * replacing it. For local runs and modest outputs: it streams everything through the driver.
   */
  public static void mergeParts(SparkSession spark, String dir, String target) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path source = new Path(dir);
      FileSystem fs = source.getFileSystem(conf);
      FileStatus[] parts = fs.listStatus(source, p -> p.getName().startsWith("part-"));
      Arrays.sort(parts, Comparator.comparing(s -> s.getPath().getName()));
      Path out = new Path(target);
      try (OutputStream o = out.getFileSystem(conf).create(out, true)) {
        for (FileStatus part : parts) {
          try (InputStream in = fs.open(part.getPath())) {
            in.transferTo(o);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot merge " + dir + " into " + target, e);
    }
  }
}
