package org.presslens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.training.newsmtsc.NewsMtsc;
import org.presslens.analyzers.sentiment.SentimentAnalyzerProvider;
import org.presslens.training.sentiment.SentimentEvaluation;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presslens eval sentiment FILE.jsonl}: sentence-level sentiment on NewsMTSC JSONL. Wiring only: reading,
 * prediction and scoring are {@link NewsMtsc} and {@link SentimentEvaluation} in analyzers-sentiment.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate sentence sentiment on NewsMTSC JSONL (sentences whose targets share one polarity;"
        + " 2.0 negative, 4.0 neutral, 6.0 positive; five labels mapped to three).",
        "Prints per-class figures; the last line is {\"task\":\"sentiment\",\"n\":..,\"accuracy\":..,\"f1_macro\":..}."})
final class EvalSentimentCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "NewsMTSC JSONL, e.g. ../shared/data/newsmtsc/dev_rw.jsonl")
  Path file;

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
      description = "analyzer or NLP option, e.g. sentiment.model=lexicon, sentiment.calibrated=false,"
          + " nlp.parseMaxTokens=80 (repeatable)")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = {"-t", "--threads"}, defaultValue = "0", paramLabel = "N",
      description = "sentences analyzed in parallel, sharing one pipeline (default: number of cores)")
  int threads;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "evaluate the first N gold sentences only")
  int limit;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NewsMtsc.Sentences data = NewsMtsc.sentences(NewsMtsc.read(file));
    List<NewsMtsc.Sentence> items = limit > 0 && limit < data.items().size() ? data.items().subList(0, limit)
        : data.items();
    Pipeline pipeline = Pipeline.builder().analyzers(SentimentAnalyzerProvider.NAME).options(options).build();
    Map<String, Object> config = pipeline.configs().get(SentimentAnalyzerProvider.NAME).asMap();
    out.printf("%s: %d lines, %d gold sentences (%d skipped: targets disagree), evaluating %d%n", file, data.lines(),
        data.items().size(), data.skipped(), items.size());
    out.println("sentiment " + config + (options.isEmpty() ? "" : ", options " + options));
    out.flush();
    int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    SentimentEvaluation.Result result = SentimentEvaluation.evaluate(items, article -> {
      Object r = pipeline.analyze(article).results().get(SentimentAnalyzerProvider.NAME);
      return r instanceof SentimentResult s ? s : null;
    }, threadCount);
    err.printf("presslens: evaluated %d sentences in %.1f s%n", result.n(), (System.nanoTime() - start) / 1e9);
    err.flush();
    result.table().forEach(out::println);
    out.println(result.toJsonLine());
    out.flush();
    return Main.OK;
  }
}
