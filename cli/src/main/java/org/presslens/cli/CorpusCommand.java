package org.presslens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.corpus.BadInput;
import org.presslens.corpus.CorpusBuilder;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.GroupBy;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens corpus}: how a corpus portrays its entities, per outlet, directory, author or period. */
@Command(name = "corpus", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Summarize how a corpus portrays its most covered entities, per group (docs/corpus.md).",
        "INPUT: JSONL reports written by 'presslens analyze --format jsonl' (a .jsonl/.ndjson file, or - for standard",
        "input; read as they stream, never re-analyzed), or articles (files or directories, analyzed first with the",
        "usual progress and error records). Bad lines (malformed, error records, other schema versions) are counted",
        "and listed, never fatal. Exit code: 0 the summary was written, 2 usage error."})
final class CorpusCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL reports (.jsonl, .ndjson, -) or articles")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--by", split = ",", paramLabel = "GROUPING",
      description = "group by dir, outlet, author, week, month or year (several: each combination is a group)")
  List<String> by = new ArrayList<>();

  @Option(names = "--entities", defaultValue = "20", paramLabel = "N",
      description = "entities to report, most covered first (default: ${DEFAULT-VALUE})")
  int entities;

  @Option(names = "--min-articles", defaultValue = "5", paramLabel = "K",
      description = "groups with fewer articles are shown as too small (default: ${DEFAULT-VALUE})")
  int minArticles;

  @Option(names = "--seed", defaultValue = "17", paramLabel = "SEED",
      description = "seed of the bootstrap confidence intervals (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "text, csv, json or html (one self-contained page) (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH", description = "write to PATH instead of standard output")
  Path out;

  @Option(names = "--save-reports", paramLabel = "FILE",
      description = "when analyzing articles, also write their reports as JSONL to FILE (the fast path next time)")
  Path saveReports;

  @Option(names = {"-a", "--analyzers"}, split = ",", paramLabel = "NAME",
      description = "when analyzing articles: analyzers to run (default: all found)")
  List<String> analyzers = new ArrayList<>();

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE", description = "when analyzing articles: an option")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = {"-t", "--threads"}, defaultValue = "0", paramLabel = "N",
      description = "when analyzing articles: articles in parallel (default: number of cores)")
  int threads;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
      description = "when analyzing articles: auto, bar, lines or none (default: ${DEFAULT-VALUE})")
  String progressMode;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("text", "csv", "json", "html").contains(fmt)) {
      throw new IllegalArgumentException("unknown --format '" + format + "' (text, csv, json or html)");
    }
    CorpusOptions corpusOptions = new CorpusOptions(by.stream().map(GroupBy::parse).toList(), entities, minArticles,
        seed, CorpusOptions.DEFAULTS.examples());
    PrintWriter err = spec.commandLine().getErr();
    CorpusBuilder builder = CorpusSummary.builder(corpusOptions);
    List<String> articles = new ArrayList<>();
    long start = System.nanoTime();
    for (String input : inputs) {
      if (input.equals("-")) {
        builder.addJsonl(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "-");
      } else if (isJsonl(input) && Files.isRegularFile(Path.of(input))) {
        builder.addJsonl(Path.of(input));
      } else if (isJsonl(input)) {
        builder.addBad(new BadInput(BadInput.Kind.MALFORMED, input, Inputs.unreachable(Path.of(input))));
      } else {
        articles.add(input);
      }
    }
    if (!articles.isEmpty()) {
      analyze(articles, builder, err);
    }
    CorpusSummary summary = builder.build();
    CorpusOutput.write(summary, fmt, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "presslens: corpus of %d reports, %d bad inputs, %d entities, in %.1f s%n",
        summary.inputs().reports(), summary.inputs().badTotal(), summary.identities().entities(), seconds);
    err.flush();
    return Main.OK;
  }

  static boolean isJsonl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  /** Analyzes the articles as {@code analyze} does and adds their reports (error records as bad inputs). */
  private void analyze(List<String> args, CorpusBuilder builder, PrintWriter err) throws IOException {
    Inputs.Expansion expansion = Inputs.expand(args);
    List<Input> expanded = expansion.inputs();
    AnalyzerRegistry registry = AnalyzerRegistry.discover(CorpusCommand.class.getClassLoader());
    registry.problems().forEach(p -> err.println("presslens: warning: " + p));
    Pipeline pipeline = Pipeline.builder().registry(registry).analyzers(analyzers).options(options).build();
    expansion.skipNotice().ifPresent(err::println);
    ArticleLoader loader = new ArticleLoader("auto", true);
    int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    try (PrintWriter saved = saveReports == null ? null : new PrintWriter(Files.newBufferedWriter(saveReports,
          StandardCharsets.UTF_8));
           Progress progress = Progress.create(Progress.Mode.parse(progressMode), expanded.size(), err, false)) {
        new BatchRunner(threadCount).run(expanded, input -> AnalyzeCommand.analyze(input, loader, pipeline),
            outcome -> {
              if (outcome.isOk()) {
                try {
                  builder.add(outcome.report());
                } catch (IllegalArgumentException e) {
                  builder.addBad(new BadInput(BadInput.Kind.INVALID_REPORT, outcome.input().name(), e.getMessage()));
                }
              } else {
                progress.message("presslens: " + outcome.error().error());
                builder.addBad(new BadInput(BadInput.Kind.ERROR_RECORD, outcome.input().name(),
                    outcome.error().error()));
              }
              if (saved != null) {
                saved.println(PresslensJson.mapper().writeValueAsString(outcome.record()));
              }
              progress.step(outcome.isOk());
            });
    }
  }
}
