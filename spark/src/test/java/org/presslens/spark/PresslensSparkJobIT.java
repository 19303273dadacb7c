package org.presslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.presslens.spark.JobInputs.withoutTimings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.cli.Main;
import org.presslens.io.ArticleFormat;
import org.presslens.io.ArticleReaders;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.InputError;

/**
 * The job in local[2] (driver on the loopback interface) over six BBC articles and a few inputs that cannot be
 * read: one line per input, in input order, each identical (timings aside) to what {@code presslens analyze}
 * writes for the same inputs, run in this JVM. One SparkSession and one set of CoreNLP models for the class.
 */
class PresslensSparkJobIT {

  private static final List<String> BBC = List.of("business/003.txt", "entertainment/157.txt", "politics/397.txt",
      "sport/249.txt", "tech/284.txt", "business/109.txt");

  @TempDir
  static Path tmp;

  private static SparkSession spark;
  private static List<String> args;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkSession.builder()
        .appName("presslens-it")
        .master("local[2]")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();

    args = JobInputs.withBadInputs(tmp, BBC);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void writesOneLinePerInputIdenticalToTheCli() throws IOException {
    Path cliOut = tmp.resolve("cli.jsonl");
    List<String> cliArgs = new ArrayList<>(List.of("analyze", "--format", "jsonl", "--threads", "2", "--out",
        cliOut.toString()));
    cliArgs.addAll(args);
    assertThat(Main.run(cliArgs.toArray(String[]::new))).isEqualTo(Main.SOME_FAILED);
    List<String> cli = Files.readAllLines(cliOut, StandardCharsets.UTF_8);

    Path out = tmp.resolve("spark-files");
    List<String> jobArgs = new ArrayList<>(List.of("--out", out.toString(), "--single-file", "--partitions", "3"));
    jobArgs.addAll(args);
    PresslensSparkJob.Result result = PresslensSparkJob.execute(spark, jobArgs.toArray(String[]::new));
    List<String> job = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);

    // 6 reports; broken.json, empty.txt and missing.txt as error records; .hidden.txt and notes.csv skipped
    assertThat(cli).hasSize(9);
    assertThat(job).hasSize(cli.size());
    for (int i = 0; i < cli.size(); i++) {
      assertThat(withoutTimings(job.get(i))).as("line %d", i + 1).isEqualTo(withoutTimings(cli.get(i)));
    }
    assertThat(job.subList(0, 6)).allSatisfy(l -> assertThat(l).contains("\"timingsMs\"").doesNotContain("\"error\""));
    assertThat(job.get(6)).contains("broken.json: invalid JSON");
    assertThat(job.get(7)).contains("empty.txt");
    assertThat(job.get(8)).contains("missing.txt: no such file or directory");

    // the part files, in name order, hold the same lines
    List<String> parts = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("jsonl"))) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        parts.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(parts).isEqualTo(job);

    assertThat(result.inputs()).isEqualTo(9);
    assertThat(result.ok()).isEqualTo(6);
    assertThat(result.failed()).isEqualTo(3);
    // one pipeline in this JVM (the local executor), however many partitions and tasks used it
    assertThat(ExecutorPipelines.built()).isEqualTo(1);
  }

  @Test
  void analyzesJsonlAndWritesParquetTables() throws IOException {
    // two articles as presslens JSON, one per line, with a blank line and a line that is no article
    List<String> lines = new ArrayList<>();
    for (String f : BBC.subList(0, 2)) {
      lines.add(PresslensJson.mapper().writeValueAsString(ArticleReaders.read(JobInputs.bbc().resolve(f))));
    }
    lines.add("");
    lines.add("[1, 2, 3]");
    Path jsonl = tmp.resolve("articles.jsonl");
    Files.write(jsonl, lines, StandardCharsets.UTF_8);

    Path out = tmp.resolve("spark-jsonl");
    PresslensSparkJob.Result result = PresslensSparkJob.execute(spark, "--jsonl", "--parquet", "--single-file",
        "--out", out.toString(), jsonl.toString());
    List<String> job = Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8);

    // the library, as the CLI calls it, on the same lines
    Pipeline pipeline = PipelineSpec.defaults().build();
    List<String> expected = new ArrayList<>();
    for (int i : new int[] {0, 1}) {
      String name = jsonl + ":" + (i + 1);
      expected.add(PresslensJson.mapper().writeValueAsString(pipeline.analyze(ArticleReaders.read(name,
          lines.get(i).getBytes(StandardCharsets.UTF_8), Optional.of(ArticleFormat.JSON)))));
    }
    String badName = jsonl + ":4";
    expected.add(PresslensJson.mapper().writeValueAsString(new InputError(badName,
        badName + ": expected a JSON object (an article or a report), not array")));
    assertThat(job).hasSize(3);
    for (int i = 0; i < job.size(); i++) {
      assertThat(withoutTimings(job.get(i))).as("line %d", i + 1).isEqualTo(withoutTimings(expected.get(i)));
    }
    assertThat(result.ok()).isEqualTo(2);
    assertThat(result.failed()).isEqualTo(1);

    spark.read().parquet(out.resolve("parquet/articles").toString()).createOrReplaceTempView("articles");
    spark.read().parquet(out.resolve("parquet/entities").toString()).createOrReplaceTempView("entities");
    List<Row> articles = spark.sql("SELECT input, ok, error, title, sentimentLabel, entities FROM articles"
        + " ORDER BY input").collectAsList();
    assertThat(articles).hasSize(3);
    assertThat(articles.get(0).getString(0)).isEqualTo(jsonl + ":1");
    assertThat(articles.get(0).getBoolean(1)).isTrue();
    assertThat(articles.get(2).getBoolean(1)).isFalse();
    assertThat(articles.get(2).getString(2)).contains("not array");
    long entities = spark.sql("SELECT count(*) FROM entities").first().getLong(0);
    long expectedEntities = spark.sql("SELECT sum(entities) FROM articles").first().getLong(0);
    assertThat(entities).isPositive().isEqualTo(expectedEntities);
    // the kind of question the tables are for: average sentiment toward each entity per outlet and month
    List<Row> perEntity = ReportSql.query(spark, out.toString(), "SELECT outlet, month, name,"
        + " avg(sentimentScore) AS sentiment, count(*) AS n FROM entities GROUP BY outlet, month, name"
        + " ORDER BY n DESC, name").collectAsList();
    assertThat(perEntity).isNotEmpty();
  }

  @Test
  void usageErrorsStopBeforeAnyWork() throws IOException {
    Path out = tmp.resolve("usage");
    assertThat(PresslensSparkJob.run(spark, "--out", out.toString(), "--analyzers", "no-such-analyzer",
        args.get(0))).isEqualTo(2);
    Files.createDirectories(out);
    assertThat(PresslensSparkJob.run(spark, "--out", out.toString(), args.get(0))).isEqualTo(2);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }
}
