package org.presslens.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkEnv;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's counts, as Spark accumulators updated by the tasks: inputs that gave a report ({@link #ok()}), an error
 * record ({@link #failed()}), reports with at least one analyzer failure inside ({@link #partial()}), pipelines
 * built (one per executor JVM), the executors that built them and the time they took (model loading).
 *
 * <p>They are updated inside a transformation, so a task that is re-run (an executor lost, speculation) counts its
 * rows again: exact for a run without task retries, an upper bound otherwise. The JSONL output is exact either way.
 */
public final class JobCounters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LongAccumulator ok;
  private final LongAccumulator failed;
  private final LongAccumulator partial;
  private final LongAccumulator pipelines;
  private final LongAccumulator modelLoadMs;
  private final CollectionAccumulator<String> builtOn;

  private JobCounters(SparkSession spark) {
    ok = spark.sparkContext().longAccumulator("presslens.ok");
    failed = spark.sparkContext().longAccumulator("presslens.failed");
    partial = spark.sparkContext().longAccumulator("presslens.reportsWithAnalyzerFailures");
    pipelines = spark.sparkContext().longAccumulator("presslens.pipelinesBuilt");
    modelLoadMs = spark.sparkContext().longAccumulator("presslens.pipelineBuildMs");
    builtOn = spark.sparkContext().collectionAccumulator("presslens.pipelineBuiltOn");
  }

  /** New counters registered with {@code spark}'s context. */
  public static JobCounters register(SparkSession spark) {
    return new JobCounters(spark);
  }

  void record(AnalyzedArticle a, boolean analyzerFailures) {
    (a.isOk() ? ok : failed).add(1);
    if (analyzerFailures) {
      partial.add(1);
    }
  }

  void pipelineBuilt(long ms) {
    pipelines.add(1);
    modelLoadMs.add(ms);
    SparkEnv env = SparkEnv.get();
    builtOn.add(env == null ? "driver" : env.executorId());
  }

  public long ok() {
    return ok.value();
  }

  public long failed() {
    return failed.value();
  }

  public long total() {
    return ok() + failed();
  }

  public long partial() {
    return partial.value();
  }

  /** Pipelines built by the tasks of this job: one per executor JVM that ran a task (0 if all were built before). */
  public long pipelinesBuilt() {
    return pipelines.value();
  }

  /**
   * How many pipelines each executor (by Spark executor id; {@code driver} in local mode) built for this job: 1 for
   * every executor JVM that analyzed something and had not built one before. An executor lost before its task
   * finished is not counted (Spark drops the accumulator updates of failed tasks).
   */
  public Map<String, Integer> pipelinesPerExecutor() {
    Map<String, Integer> counts = new TreeMap<>();
    List<String> ids = builtOn.value();
    ids.forEach(id -> counts.merge(id, 1, Integer::sum));
    return counts;
  }

  /** Total time spent building those pipelines, model loading included, in ms. */
  public long pipelineBuildMs() {
    return modelLoadMs.value();
  }
}
