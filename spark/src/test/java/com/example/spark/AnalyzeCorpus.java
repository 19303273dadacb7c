package com.example.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.presslens.spark.AnalyzedArticle;
import org.presslens.spark.ArticleInput;
import org.presslens.spark.JobCounters;
import org.presslens.spark.PipelineSpec;
import org.presslens.spark.PresslensSpark;

/** The Spark library API: analyze a corpus, write one JSONL report per article, query the entities with SQL. */
public final class AnalyzeCorpus {
  private AnalyzeCorpus() {
  }

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().getOrCreate();
    JobCounters counters = JobCounters.register(spark);
    Dataset<ArticleInput> inputs = PresslensSpark.files(spark, List.of("hdfs:///corpus/articles"));   // or jsonl(...)
    Dataset<AnalyzedArticle> analyzed = PresslensSpark.analyze(inputs,
        PipelineSpec.of(List.of("entities", "sentiment"), Map.of("nlp.parseMaxTokens", "80"), "auto", true),
        counters, 0);                                         // 0: 4 partitions per core
    PresslensSpark.writeJsonl(analyzed, "hdfs:///out/jsonl", SaveMode.ErrorIfExists);
    PresslensSpark.entityRows(analyzed).createOrReplaceTempView("entities");   // persist first when reusing `analyzed`
    System.out.println(counters.ok() + " ok, " + counters.failed() + " failed");
  }
}
