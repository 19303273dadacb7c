package org.presslens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.presslens.io.ArticleReadException;
import org.presslens.model.Article;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.ArticleInputs;
import org.presslens.pipeline.Pipeline;
import org.presslens.render.Renderers;
import org.presslens.report.Failure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens analyze}: analyze files, directories or standard input and write one report per input. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyze articles and write one report (or one error record) per input.",
        "One input gives one JSON document; several give JSONL, one line per input in input order.",
        "--format html writes a self-contained HTML page: for several inputs, one page per input into --out DIR.",
        "Several inputs show progress on stderr (a bar on a terminal) and end with a summary line.",
        "Analyzer failures are printed on stderr and counted ('N ok, M with analyzer failures, K failed').",
        "Exit code: 0 all inputs ok, 1 some inputs failed (or the reports could not be written; or, with",
        "--fail-on-analyzer-failure, an analyzer failed on some article), 2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "a file, a directory (read recursively: .txt .text .json .html .htm .xhtml files and files without"
          + " an extension; links followed; hidden and README/LICENSE-like files skipped), or - for standard input")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-a", "--analyzers"}, split = ",", paramLabel = "NAME",
      description = "analyzers to run (default: all found; see 'presslens analyzers')")
  List<String> analyzers = new ArrayList<>();

  @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
      description = "json (one document for one input, JSONL for several), jsonl, text, or html (one self-contained"
          + " page; with several inputs one page per input into --out DIR) (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "write to PATH instead of standard output (a directory for --format html with several inputs)")
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

  @Option(names = "--article-inputs", paramLabel = "FILE",
      description = "per-article options, e.g. each article's claims: a JSON object {\"INPUT\": {\"stance.claims\":"
          + " [\"...\"]}} keyed by input path or file name; unlisted inputs use the options above")
  Path articleInputs;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, scraped, text, json or html (default: ${DEFAULT-VALUE}: by extension and content)")
  String inputFormat;

  @Option(names = "--no-repair", description = "do not split words glued where links were stripped")
  boolean noRepair;

  @Option(names = {"-t", "--threads"}, defaultValue = "0", paramLabel = "N",
      description = "articles analyzed in parallel, sharing one pipeline (default: number of cores)")
  int threads;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
      description = "progress of several inputs on stderr: auto (a bar on a terminal, periodic lines otherwise), bar,"
          + " lines or none (default: ${DEFAULT-VALUE})")
  String progressMode;

  @Option(names = "--plugins", paramLabel = "PATH",
      description = "analyzer plugin jar, or directory of jars, to discover analyzers in (repeatable; the launcher's"
          + " PRESSLENS_PLUGINS does the same)")
  List<Path> plugins = new ArrayList<>();

  @Option(names = "--fail-on-analyzer-failure",
      description = "exit 1 when an analyzer failed on some article (by default such a report counts as written)")
  boolean failOnAnalyzerFailure;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    OutputFormat outputFormat = OutputFormat.parse(format);
    Progress.Mode mode = Progress.Mode.parse(progressMode);
    Inputs.Expansion expansion = Inputs.expand(inputs);
    List<Input> expanded = expansion.inputs();
    String first = inputs.get(0);
    boolean single = expanded.size() == 1 && inputs.size() == 1
        && (first.equals("-") || !Files.isDirectory(Path.of(first)));
    boolean htmlPages = outputFormat == OutputFormat.HTML && (!single || (out != null && Files.isDirectory(out)));
    if (htmlPages && (out == null || (Files.exists(out) && !Files.isDirectory(out)))) {
      throw new IllegalArgumentException("--format html with several inputs writes one page per input into a"
          + " directory: give --out DIR" + (out == null ? "" : " (" + out + " is a file)"));
    }
    PrintWriter err = spec.commandLine().getErr();
    Plugins.notices(plugins).forEach(n -> err.println("presslens: warning: " + n));
    try (URLClassLoader pluginLoader = Plugins.classLoader(plugins, AnalyzeCommand.class.getClassLoader())) {
      ClassLoader loader = pluginLoader != null ? pluginLoader : AnalyzeCommand.class.getClassLoader();
      AnalyzerRegistry registry = AnalyzerRegistry.discover(loader);
      Renderers renderers = Renderers.discover(loader);
      registry.problems().forEach(p -> err.println("presslens: warning: " + p));
      renderers.problems().forEach(p -> err.println("presslens: warning: " + p));
      err.flush();
      Pipeline pipeline = Pipeline.builder().registry(registry).classLoader(loader).analyzers(analyzers)
          .options(options).options(stanceOptions()).build();
      expansion.skipNotice().ifPresent(notice -> {
        err.println(notice);
        err.flush();
      });
      return run(pipeline, renderers, expanded, outputFormat, single, htmlPages, mode);
    }
  }

  private int run(Pipeline pipeline, Renderers renderers, List<Input> expanded, OutputFormat outputFormat,
                  boolean single, boolean htmlPages, Progress.Mode mode) throws IOException {
    ArticleLoader loader = new ArticleLoader(inputFormat, !noRepair);
    ArticleInputsFile perArticle = articleInputs == null ? ArticleInputsFile.NONE
        : ArticleInputsFile.read(articleInputs);
    int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();

    AtomicInteger ok = new AtomicInteger();
    AtomicInteger withFailures = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    BatchRunner runner = new BatchRunner(threadCount);
    try (Progress progress = single ? new Progress.Silent(err)
        : Progress.create(mode, expanded.size(), err, out == null)) {
      Consumer<Outcome> count = outcome -> {
        if (!outcome.isOk()) {
          failed.incrementAndGet();
          progress.message("presslens: " + outcome.error().error());
        } else if (!outcome.report().failures().isEmpty()) {
          withFailures.incrementAndGet();
          for (Failure f : outcome.report().failures()) {
            progress.message("presslens: " + outcome.input().name() + ": analyzer '" + f.analyzer() + "' failed"
                + (f.kind() != null ? " (" + f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")" : "")
                + ": " + f.error());
          }
        } else {
          ok.incrementAndGet();
        }
      };
      if (htmlPages) {
        HtmlPages pages = new HtmlPages(out, renderers);
        runner.run(expanded, input -> analyze(input, loader, pipeline, perArticle), outcome -> {
          count.accept(outcome);
          pages.write(outcome);
          progress.step(outcome.isOk());
        });
        Path index = pages.finish();
        progress.message("presslens: wrote " + expanded.size() + " page(s) and " + index);
      } else {
        try (OutputStream stream = openOut();
             PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
          ReportWriter reportWriter = new ReportWriter(writer, outputFormat, single, renderers);
          runner.run(expanded, input -> analyze(input, loader, pipeline, perArticle), outcome -> {
            count.accept(outcome);
            reportWriter.write(outcome);
            if (writer.checkError() || (out == null && System.out.checkError())) {
              throw new UncheckedIOException(new IOException("write error"));
            }
            progress.step(outcome.isOk());
          });
        }
      }
    } catch (UncheckedIOException e) {
      // the reports cannot be written: stop, and say so rather than exit as if they were
      err.printf("presslens: cannot write the reports to %s: %s; stopped after %d of %d inputs%n",
          out != null ? out : "standard output", e.getCause().getMessage(),
          ok.get() + withFailures.get() + failed.get(), expanded.size());
      err.flush();
      return Main.SOME_FAILED;
    }
    if (!single) {
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf("presslens: %d inputs: %d ok, %s%d failed, in %.1f s (%.1f articles/min)%n", expanded.size(),
          ok.get(), withFailures.get() > 0 ? withFailures.get() + " with analyzer failures, " : "", failed.get(),
          seconds, seconds > 0 ? expanded.size() * 60 / seconds : 0);
      err.flush();
    }
    boolean analyzerFailed = failOnAnalyzerFailure && withFailures.get() > 0;
    return failed.get() > 0 || analyzerFailed ? Main.SOME_FAILED : Main.OK;
  }

  /** The output stream of the reports; an {@code --out} file that cannot be created is a usage error. */
  private OutputStream openOut() {
    if (out == null) {
      return new NonClosing(System.out);
    }
    try {
      return Files.newOutputStream(out);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--out " + out + ": cannot create the file: no such directory");
    } catch (IOException e) {
      throw new IllegalArgumentException("--out " + out + ": cannot create the file: " + (e instanceof
          FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage()));
    }
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

  static Outcome analyze(Input input, ArticleLoader loader, Pipeline pipeline) {
    return analyze(input, loader, pipeline, ArticleInputsFile.NONE);
  }

  private static Outcome analyze(Input input, ArticleLoader loader, Pipeline pipeline,
                                 ArticleInputsFile perArticle) {
    if (input.problem() != null) {
      return Outcome.failed(input, input.name() + ": " + input.problem());
    }
    Article article;
    try {
      article = loader.load(input);
    } catch (ArticleReadException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Outcome.failed(input, message.startsWith(input.name()) ? message : input.name() + ": " + message);
    }
    ArticleInputs inputs = perArticle.of(input);
    try {
      return Outcome.ok(input, pipeline.analyze(article, inputs));
    } catch (IllegalArgumentException e) {
      if (inputs.isEmpty()) {
        throw e;
      }
      return Outcome.failed(input, input.name() + ": --article-inputs: " + e.getMessage());
    }
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
