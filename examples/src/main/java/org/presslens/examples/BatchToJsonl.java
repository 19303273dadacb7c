package org.presslens.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.io.ArticleReaders;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.report.InputError;

/**
 * Example 3: analyze a directory of articles in parallel with one shared pipeline and write one JSON line per file,
 * in file order, then a summary. (The CLI does the same with {@code ./presslens analyze DIR --format jsonl}.)
 *
 * <pre>mvn -B -q -pl examples exec:java -Dexec.mainClass=org.presslens.examples.BatchToJsonl \
 *     -Dexec.args="../shared/data/articles/bbc/politics examples/target/politics.jsonl"</pre>
 * Arguments: DIR [OUT.jsonl (default: presslens-batch.jsonl in the temporary directory)] [THREADS (default: cores)]
 * [LIMIT (default: all)].
 */
public final class BatchToJsonl {

  private BatchToJsonl() {
  }

  /** What a batch did. */
  record Summary(int files, int ok, int failed, double seconds, Map<String, Integer> documentLabels) {
    double perMinute() {
      return seconds > 0 ? files * 60 / seconds : 0;
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/articles/bbc/politics");
    Path out = args.length > 1 ? Path.of(args[1])
        : Path.of(System.getProperty("java.io.tmpdir"), "presslens-batch.jsonl");
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
    Pipeline pipeline = Pipeline.builder().analyzers("entities", "sentiment").build(); // frozen, thread-safe
    run(pipeline, dir, out, threads, limit, System.out);
  }

  static Summary run(Pipeline pipeline, Path dir, Path out, int threads, int limit, PrintStream log)
      throws IOException, InterruptedException, ExecutionException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit)
          .toList();
    }
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    long start = System.nanoTime();
    int ok = 0;
    Map<String, Integer> labels = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      // A sliding window of futures: parallel analysis, output in file order, bounded memory.
      Deque<Future<Object>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * 2) {
          Path file = files.get(next++);
          window.add(pool.submit(() -> analyze(pipeline, file)));
        }
        Object record = window.removeFirst().get();
        writer.write(PresslensJson.mapper().writeValueAsString(record));
        writer.newLine();
        if (record instanceof AnalysisReport report) {
          ok++;
          if (report.results().get("sentiment") instanceof SentimentResult s) {
            labels.merge(s.document().label().name(), 1, Integer::sum);
          }
        } else {
          log.println("failed: " + ((InputError) record).error());
        }
      }
    } finally {
      pool.shutdown();
    }
    Summary summary = new Summary(files.size(), ok, files.size() - ok, (System.nanoTime() - start) / 1e9, labels);
    log.printf("%d inputs: %d ok, %d failed, in %.1f s (%.1f articles/min) -> %s%n", summary.files(), summary.ok(),
        summary.failed(), summary.seconds(), summary.perMinute(), out);
    log.println("document sentiment: " + labels);
    return summary;
  }

  /** A report, or an error record for a file that cannot be read: one bad file never stops the batch. */
  private static Object analyze(Pipeline pipeline, Path file) {
    try {
      return pipeline.analyze(ArticleReaders.read(file));
    } catch (RuntimeException e) {
      return new InputError(file.toString(), e.getMessage());
    }
  }
}
