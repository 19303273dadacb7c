package org.presslens.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frozen presslens pipelines of this JVM: one per {@link PipelineSpec}, created lazily by the first task that
 * needs it and then shared by every later partition and task of every job in this executor (a pipeline is immutable
 * and thread-safe, so concurrent tasks use it at once). Creating one loads the CoreNLP models, 20 to 30 s and 1.5 to
 * 3 GB of heap; CoreNLP's own annotator cache in nlp-corenlp makes that happen at most once per JVM anyway.
 */
public final class ExecutorPipelines {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipelines.class);

  /** An English article that needs every NLP layer, analyzed once so that the models load before real work. */
  private static final String WARM_UP = "The minister said in London on Monday that the government would not "
      + "support the plan, which critics called a disaster for the city.";

  private static final ConcurrentMap<PipelineSpec, Holder> PIPELINES = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();

  private ExecutorPipelines() {
  }

  /** This JVM's pipeline for {@code spec}, built (and warmed up) on first use; {@code counters} may be null. */
  public static Pipeline get(PipelineSpec spec, JobCounters counters) {
    return PIPELINES.computeIfAbsent(spec, Holder::new).get(counters);
  }

  /** How many pipelines this JVM has built (one per distinct spec). */
  public static int built() {
    return BUILT.get();
  }

  private static final class Holder {
    private final PipelineSpec spec;
    private volatile Pipeline pipeline;

    Holder(PipelineSpec spec) {
      this.spec = spec;
    }

    Pipeline get(JobCounters counters) {
      Pipeline p = pipeline;
      if (p != null) {
        return p;
      }
      synchronized (this) {
        if (pipeline == null) {
          long start = System.nanoTime();
          Pipeline built = spec.build();
          warmUp(built);
          long ms = (System.nanoTime() - start) / 1_000_000;
          BUILT.incrementAndGet();
          if (counters != null) {
            counters.pipelineBuilt(ms);
          }
          LOG.info("presslens: pipeline {} ready in {} ms (models loaded) for {}", built.analyzerNames(), ms, spec);
          pipeline = built;
        }
        return pipeline;
      }
    }

    private static void warmUp(Pipeline pipeline) {
      try {
        pipeline.analyze(Article.builder().language("en").paragraph(WARM_UP).build());
      } catch (RuntimeException e) {
        LOG.warn("presslens: warm-up article failed (the models load on the first real article instead)", e);
      }
    }
  }
}
