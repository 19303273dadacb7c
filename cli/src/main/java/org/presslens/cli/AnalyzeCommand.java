package org.presslens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.presslens.io.ArticleReadException;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens analyze}: analyze files, directories or standard input and write one report per input. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyze articles and write one report (or one error record) per input.",
        "One input gives one JSON document; several give JSONL, one line per input in input order.",
        "Exit code: 0 all inputs ok, 1 some inputs failed, 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "a file, a directory (read recursively: .txt .json .html .htm files), or - for standard input")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-a", "--analyzers"}, split = ",", paramLabel = "NAME",
      description = "analyzers to run (default: all found; see 'presslens analyzers')")
  List<String> analyzers = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
      description = "json (one document for one input, JSONL for several), jsonl, or text (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH", description = "write to PATH instead of standard output")
  Path out;

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
      description = "analyzer or NLP option, e.g. sentiment.model=corenlp or nlp.parseMaxTokens=80 (repeatable)")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--target", paramLabel = "NAME",
      description = "stance target entity (repeatable; same as -O stance.targets=NAME,...)")
  List<String> targets = new ArrayList<>();

  @Option(names = "--claim", paramLabel = "SENTENCE",
      description = "claim or headline to take the article's stance on (repeatable; option stance.claims)")
  List<String> claims = new ArrayList<>();

  @Option(names = "--topic", paramLabel = "TOPIC",
      description = "stance topic with a trained model, e.g. climate (repeatable; option stance.topics)")
  List<String> topics = new ArrayList<>();

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, scraped, text, json or html (default: ${DEFAULT-VALUE}: by extension and content)")
  String inputFormat;

  @Option(names = "--no-repair", description = "do not split words glued where links were stripped")
  boolean noRepair;

  @Option(names = {"-t", "--threads"}, defaultValue = "0", paramLabel = "N",
      description = "articles analyzed in parallel, sharing one pipeline (default: number of cores)")
  int threads;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    OutputFormat outputFormat = OutputFormat.parse(format);
    List<Input> expanded = Inputs.expand(inputs);
    Pipeline pipeline = Pipeline.builder().analyzers(analyzers).options(options).options(stanceOptions()).build();
    ArticleLoader loader = new ArticleLoader(inputFormat, !noRepair);
    boolean single = expanded.size() == 1 && inputs.size() == 1 && !Files.isDirectory(pathOrNull(inputs.get(0)));
    int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();

    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    try (OutputStream stream = out != null ? Files.newOutputStream(out) : new NonClosing(System.out);
         PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
      ReportWriter reportWriter = new ReportWriter(writer, outputFormat, single);
      new BatchRunner(threadCount).run(expanded, input -> analyze(input, loader, pipeline), outcome -> {
        (outcome.isOk() ? ok : failed).incrementAndGet();
        if (!outcome.isOk()) {
          err.println("presslens: " + outcome.error().error());
          err.flush();
        }
        reportWriter.write(outcome);
      });
      writer.flush();
    } catch (UncheckedIOException e) {
      throw new IOException(e.getCause());
    }
    if (!single) {
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf("presslens: %d inputs: %d ok, %d failed, in %.1f s (%.1f articles/min)%n", expanded.size(),
          ok.get(), failed.get(), seconds, seconds > 0 ? expanded.size() * 60 / seconds : 0);
      err.flush();
    }
    return failed.get() > 0 ? Main.SOME_FAILED : Main.OK;
  }

  /** The stance shortcuts as options (list-valued, so claims may contain commas). */
  private Map<String, Object> stanceOptions() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!targets.isEmpty()) {
      m.put("stance.targets", List.copyOf(targets));
    }
    if (!claims.isEmpty()) {
      m.put("stance.claims", List.copyOf(claims));
    }
    if (!topics.isEmpty()) {
      m.put("stance.topics", List.copyOf(topics));
    }
    return m;
  }

  private static Path pathOrNull(String arg) {
    return arg.equals("-") ? Path.of("") : Path.of(arg);
  }

  private static Outcome analyze(Input input, ArticleLoader loader, Pipeline pipeline) {
    if (input.problem() != null) {
      return Outcome.failed(input, input.name() + ": " + input.problem());
    }
    Article article;
    try {
      article = loader.load(input);
    } catch (IOException e) {
      return Outcome.failed(input, input.name() + ": cannot read: " + e.getMessage());
    } catch (ArticleReadException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Outcome.failed(input, message.startsWith(input.name()) ? message : input.name() + ": " + message);
    }
    return Outcome.ok(input, pipeline.analyze(article));
  }

  /** Keeps System.out open when the writer is closed. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
