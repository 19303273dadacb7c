package org.presslens.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The presslens Spark job ({@code spark-submit --class org.presslens.spark.PresslensSparkJob}): analyzes article
 * files or JSONL and writes, under {@code --out}:
 * <ul>
 *   <li>{@code jsonl/part-*}: one line per input, a report or an error record exactly as
 *       {@code presslens analyze --format jsonl} writes it, in input order across the part files in name order;</li>
 *   <li>{@code reports.jsonl} with {@code --single-file}: the same lines in one file;</li>
 *   <li>{@code parquet/articles}, {@code parquet/entities}, {@code parquet/results} and {@code parquet/portrayals}
 *       with {@code --parquet}: flattened rows for SQL ({@link CorpusSql} aggregates the last).</li>
 * </ul>
 * An input that cannot be read or analyzed is an error row, never a failed job; the counts are printed at the end.
 * Exit code: 0 when the job ran (whatever the counts; {@code --strict} makes failed inputs exit 1), 2 for a usage
 * error.
 */
@Command(name = "presslens-spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyze articles on Apache Spark: one report (or error record) per input, in input order."})
public final class PresslensSparkJob implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "article files or directories (read recursively, as the CLI does); with --jsonl, JSONL files or "
          + "directories of them. Paths without a scheme use Hadoop's default file system.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[*]; default: spark-submit's, or local[*] when there is none")
  String master;

  @Option(names = "--jsonl", description = "inputs are JSONL: one article JSON per line")
  boolean jsonl;

  @Option(names = {"-a", "--analyzers"}, split = ",", paramLabel = "NAME",
      description = "analyzers to run (default: all found)")
  List<String> analyzers = new ArrayList<>();

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE", description = "analyzer or NLP option (repeatable)")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, scraped, text, json or html (default: ${DEFAULT-VALUE})")
  String inputFormat;

  @Option(names = "--no-repair", description = "do not split words glued where links were stripped")
  boolean noRepair;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "partitions to analyze (default: " + PresslensSpark.PARTITIONS_PER_CORE + " per core)")
  int partitions;

  @Option(names = "--parquet", description = "also write Parquet tables parquet/articles, entities, results and portrayals")
  boolean parquet;

  @Option(names = "--single-file", description = "also merge the JSONL part files into DIR/reports.jsonl")
  boolean singleFile;

  @Option(names = "--overwrite", description = "replace outputs that exist (default: fail before any work)")
  boolean overwrite;

  @Option(names = "--strict", description = "exit 1 when some inputs failed")
  boolean strict;

  @Option(names = "--log-level", defaultValue = "WARN", paramLabel = "LEVEL",
      description = "Spark log level (default: ${DEFAULT-VALUE})")
  String logLevel;

  private SparkSession session;
  private Result result;

  /** What a run did, for callers and tests. */
  public record Result(long inputs, long ok, long failed, long reportsWithAnalyzerFailures, long pipelinesBuilt,
                      long pipelineBuildMs, Map<String, Integer> pipelinesPerExecutor, double seconds) {
  }

  public static void main(String[] args) {
    System.exit(run(null, args));
  }

  /**
   * Runs the job with {@code args} on {@code spark} (left running), or on a session of its own (stopped at the end)
   * when {@code spark} is null; returns the exit code.
   */
  public static int run(SparkSession spark, String... args) {
    return commandLine(spark).execute(args);
  }

  /** Runs the job on {@code spark} and returns what it did; throws on a usage error. */
  public static Result execute(SparkSession spark, String... args) {
    PresslensSparkJob job = new PresslensSparkJob();
    job.session = spark;
    CommandLine cl = configure(new CommandLine(job));
    int code = cl.execute(args);
    if (job.result == null) {
      throw new IllegalArgumentException("presslens-spark: exit code " + code + " for " + List.of(args));
    }
    return job.result;
  }

  private static CommandLine commandLine(SparkSession spark) {
    PresslensSparkJob job = new PresslensSparkJob();
    job.session = spark;
    return configure(new CommandLine(job));
  }

  private static CommandLine configure(CommandLine cl) {
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        commandLine.getErr().println("presslens-spark: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cl;
  }

  @Override
  public Integer call() {
    PipelineSpec spec = PipelineSpec.of(analyzers, options, inputFormat, !noRepair);
    spec.validate(); // usage errors (unknown analyzer or option, bad value) before Spark starts; no models load here
    boolean own = session == null;
    SparkSession spark = own ? newSession() : session;
    try {
      if (own) {
        spark.sparkContext().setLogLevel(logLevel);
      }
      checkOutput(spark);
      result = run(spark, spec);
    } finally {
      if (own) {
        spark.stop();
      }
    }
    PrintWriter err = new PrintWriter(System.err, true);
    err.printf("presslens-spark: %d inputs: %d ok, %d failed (%d reports with analyzer failures), in %.1f s "
            + "(%.1f articles/min); %d pipeline(s) built in %.1f s, per executor %s; output in %s%n", result.inputs(),
        result.ok(), result.failed(), result.reportsWithAnalyzerFailures(), result.seconds(),
        result.seconds() > 0 ? result.inputs() * 60 / result.seconds() : 0, result.pipelinesBuilt(),
        result.pipelineBuildMs() / 1000.0, result.pipelinesPerExecutor(), out);
    return strict && result.failed() > 0 ? 1 : 0;
  }

  /** Fails before any work when the output exists and may not be replaced. */
  private void checkOutput(SparkSession spark) {
    if (overwrite) {
      return;
    }
    try {
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(out);
      if (dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(dir)) {
        throw new IllegalArgumentException("output directory " + out + " exists; remove it or pass --overwrite");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot check output directory " + out, e);
    }
  }

  private SparkSession newSession() {
    SparkSession.Builder builder = SparkSession.builder().appName("presslens");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    return builder.getOrCreate();
  }

  private Result run(SparkSession spark, PipelineSpec spec) {
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    String jsonlDir = out + "/jsonl";
    long start = System.nanoTime();
    JobCounters counters = JobCounters.register(spark);
    Dataset<ArticleInput> in = jsonl ? PresslensSpark.jsonl(spark, inputs) : PresslensSpark.files(spark, inputs);
    Dataset<AnalyzedArticle> analyzed = PresslensSpark.analyze(in, spec, counters, partitions);
    if (parquet) {
      // analyzed once, read four times: kept on the executors' disks rather than analyzed again
      analyzed = analyzed.persist(StorageLevel.DISK_ONLY());
    }
    try {
      PresslensSpark.writeJsonl(analyzed, jsonlDir, mode);
      if (parquet) {
        PresslensSpark.articleRows(analyzed).write().mode(mode).parquet(out + "/parquet/articles");
        PresslensSpark.entityRows(analyzed).write().mode(mode).parquet(out + "/parquet/entities");
        PresslensSpark.resultRows(analyzed).write().mode(mode).parquet(out + "/parquet/results");
        PresslensSpark.portrayalRows(analyzed).write().mode(mode).parquet(out + "/parquet/portrayals");
      }
    } finally {
      if (parquet) {
        analyzed.unpersist();
      }
    }
    if (singleFile) {
      PresslensSpark.mergeParts(spark, jsonlDir, out + "/reports.jsonl");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(counters.total(), counters.ok(), counters.failed(), counters.partial(),
        counters.pipelinesBuilt(), counters.pipelineBuildMs(), counters.pipelinesPerExecutor(), seconds);
  }
}
