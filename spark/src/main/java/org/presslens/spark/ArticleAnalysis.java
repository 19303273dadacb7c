package org.presslens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.presslens.io.ArticleFormat;
import org.presslens.io.ArticleReadException;
import org.presslens.io.ArticleReaders;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.report.InputError;

/**
 * The work of one partition: reads each input with {@link ArticleReaders} and analyzes it with this JVM's frozen
 * pipeline ({@link ExecutorPipelines}), streaming (one article in memory per task). Every input yields exactly one
 * row: its report, or an error record worded as {@code presslens analyze} words it, so one bad article never fails a
 * task or the job.
 */
final class ArticleAnalysis implements MapPartitionsFunction<ArticleInput, AnalyzedArticle> {
  private static final long serialVersionUID = 1L;

  private final PipelineSpec spec;
  private final Broadcast<HadoopConf> hadoopConf;
  private final JobCounters counters;

  ArticleAnalysis(PipelineSpec spec, Broadcast<HadoopConf> hadoopConf, JobCounters counters) {
    this.spec = spec;
    this.hadoopConf = hadoopConf;
    this.counters = counters;
  }

  @Override
  public Iterator<AnalyzedArticle> call(Iterator<ArticleInput> inputs) {
    return new Iterator<>() {
      private Pipeline pipeline;

      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public AnalyzedArticle next() {
        if (!inputs.hasNext()) {
          throw new NoSuchElementException();
        }
        if (pipeline == null) {
          pipeline = ExecutorPipelines.get(spec, counters);
        }
        return analyze(inputs.next(), pipeline);
      }
    };
  }

  private AnalyzedArticle analyze(ArticleInput in, Pipeline pipeline) {
    AnalyzedArticle out;
    boolean analyzerFailures = false;
    try {
      Object outcome = outcome(in, pipeline);
      if (outcome instanceof AnalysisReport report) {
        analyzerFailures = !report.failures().isEmpty();
        out = new AnalyzedArticle(in, true, null, PresslensJson.mapper().writeValueAsString(report));
      } else {
        out = failed(in, ((InputError) outcome).error());
      }
    } catch (RuntimeException | StackOverflowError e) {
      // as the CLI's batch runner words an unexpected failure of one input
      out = failed(in, in.getName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    counters.record(out, analyzerFailures);
    return out;
  }

  /** A report or an error record, as {@code presslens analyze} gives for the same input. */
  private Object outcome(ArticleInput in, Pipeline pipeline) {
    String name = in.getName();
    if (in.getProblem() != null) {
      return new InputError(name, name + ": " + in.getProblem());
    }
    Article article;
    try {
      article = read(in);
    } catch (IOException e) {
      return new InputError(name, name + ": cannot read: " + e.getMessage());
    } catch (ArticleReadException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new InputError(name, message.startsWith(name) ? message : name + ": " + message);
    }
    return pipeline.analyze(article);
  }

  private Article read(ArticleInput in) throws IOException {
    if (in.getText() != null) {
      // a JSONL line is an article (or report) in JSON unless a format is given
      Optional<ArticleFormat> format = spec.format().or(() -> Optional.of(ArticleFormat.JSON));
      return ArticleReaders.read(in.getName(), in.getText().getBytes(StandardCharsets.UTF_8), format,
          spec.readerOptions());
    }
    Path path = new Path(in.getPath());
    FileSystem fs = path.getFileSystem(hadoopConf.value().get());
    try (InputStream stream = fs.open(path)) {
      // reads at most ArticleReaders.MAX_INPUT_BYTES: a huge file is an error row, not an executor out of memory
      return ArticleReaders.read(in.getName(), stream, spec.format(), spec.readerOptions());
    }
  }

  private static AnalyzedArticle failed(ArticleInput in, String message) {
    return new AnalyzedArticle(in, false, message,
        PresslensJson.mapper().writeValueAsString(new InputError(in.getName(), message)));
  }
}
