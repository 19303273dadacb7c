package org.presslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.presslens.bench.Corpus;
import org.presslens.bench.PipelineBenchmark;
import org.presslens.bench.PipelineBenchmark.Section;
import org.presslens.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presslens bench pipeline [--articles N] [--rounds R] [FILES...]}: the whole pipeline against bare CoreNLP,
 * threads, cold start, memory and long input. Wiring only: the measurement is {@link PipelineBenchmark} in the
 * {@code bench} module. Child JVMs run this checkout's launcher.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Benchmark the whole pipeline against bare Stanford CoreNLP, side by side in one run:",
        "  overhead  all analyzers, and each alone, against one bare StanfordCoreNLP.annotate with the same"
            + " annotators and properties (target ratio <= 1.05)",
        "  defaults  all analyzers against CoreNLP's defaults tokenize,ssplit,pos,lemma,ner,parse,sentiment"
            + " (target <= 0.3x)",
        "  threads   articles/min on --batch articles with 1 and 2 threads sharing one pipeline (target >= 1.8x)",
        "  cold      launcher start to first report for entities, sentiment (corenlp, lexicon) and all",
        "  memory    peak RSS, and the smallest -Xmx by bisection over child JVMs; a recommended default -Xmx",
        "  long      10k/50k/100k-word articles and a 5,000-token unpunctuated sentence at the default -Xmx",
        "Default articles: --articles BBC articles from ../shared/data/articles/bbc, taken in turn from its"
            + " sections. Run it with enough heap for the bare baselines too:"
            + " PRESSLENS_JAVA_OPTS=-Xmx6g ./presslens bench pipeline",
        "Prints a table and, last, one JSON line."})
final class BenchPipelineCommand implements Callable<Integer> {

  static final String BBC = "../shared/data/articles/bbc";
  static final String SHARED_OP_ED = "../shared/data/samples/op-ed-putin-kim-summit.txt";
  static final String SAMPLE = "samples/op-ed-tram-line.txt";

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "articles or directories for the overhead and defaults sections (default: BBC articles)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--articles", defaultValue = "6", paramLabel = "N",
      description = "articles in the overhead and defaults sections (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--rounds", defaultValue = "3", paramLabel = "R",
      description = "measured rounds of the in-process comparisons (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", defaultValue = "2", paramLabel = "W",
      description = "warm-up rounds before measuring, not timed (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--batch", defaultValue = "100", paramLabel = "N",
      description = "BBC articles in the threads section (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--sections", split = ",", paramLabel = "NAME",
      description = "sections to run: overhead, defaults, threads, cold, memory, long (default: all)")
  List<String> sections = new ArrayList<>();

  @Option(names = "--long-words", split = ",", defaultValue = "10000,50000,100000", paramLabel = "N",
      description = "lengths of the long articles in words, 0 for none (default: ${DEFAULT-VALUE})")
  List<Integer> longWords = new ArrayList<>();

  @Option(names = "--run-on", split = ",", defaultValue = "10000,40000", paramLabel = "N",
      description = "lengths in words of the unpunctuated paragraphs of the long section, 0 for none"
          + " (default: ${DEFAULT-VALUE})")
  List<Integer> runOn = new ArrayList<>();

  @Option(names = "--child-timeout", defaultValue = "20", paramLabel = "MIN",
      description = "minutes a child JVM may run (default: ${DEFAULT-VALUE})")
  int childTimeoutMinutes;

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
      description = "pipeline option for the in-process runs, e.g. nlp.parseMaxTokens=80 (repeatable)")
  Map<String, String> options = new LinkedHashMap<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (articles < 1 || rounds < 1 || warmup < 0 || batch < 1) {
      throw new IllegalArgumentException("--articles, --rounds and --batch must be at least 1, --warmup at least 0");
    }
    Set<Section> chosen = sections.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.noneOf(Section.class);
    sections.forEach(n -> chosen.add(Section.parse(n)));

    Path root = checkout();
    Path bbc = find(root, BBC);
    List<Path> articleFiles;
    if (!files.isEmpty()) {
      articleFiles = Corpus.expand(files).stream().limit(articles).toList();
    } else if (bbc != null) {
      articleFiles = Corpus.roundRobin(bbc, articles);
    } else {
      throw new IllegalArgumentException("no article to measure: give FILE arguments (" + BBC + " not found)");
    }
    if (articleFiles.isEmpty()) {
      throw new IllegalArgumentException("no article file in " + files);
    }
    List<Path> batchFiles = bbc != null ? Corpus.roundRobin(bbc, batch) : articleFiles;
    Path childArticle = find(root, SHARED_OP_ED);
    if (childArticle == null) {
      childArticle = find(root, SAMPLE);
    }
    List<Path> memoryBatch = new ArrayList<>();
    if (childArticle != null) {
      memoryBatch.add(childArticle);
    }
    memoryBatch.addAll(batchFiles.subList(0, Math.min(3, batchFiles.size())));
    List<Path> longSources = bbc != null ? Corpus.expand(List.of(bbc)) : articleFiles;
    Path launcher = root == null ? null : root.resolve("presslens");
    if (launcher != null && !Files.isExecutable(launcher)) {
      err.println("presslens: bench: launcher " + launcher + " not found; child-JVM sections skipped");
      launcher = null;
    }

    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    if (heapMb < 5 * 1024 && (chosen.contains(Section.OVERHEAD) || chosen.contains(Section.DEFAULTS))) {
      err.println("presslens: bench: the overhead and defaults sections hold bare CoreNLP pipelines next to"
          + " presslens's (" + heapMb + " MB heap); if they run out of memory, run with"
          + " PRESSLENS_JAVA_OPTS=-Xmx6g");
      err.flush();
    }
    List<Article> read = Corpus.read(articleFiles);
    List<Article> batchArticles = chosen.contains(Section.THREADS) ? Corpus.read(batchFiles) : List.of();
    Path work = Files.createTempDirectory("presslens-bench");
    out.printf("bench pipeline: %d article(s) (%s ...), %d warm-up + %d rounds, sections %s%n", read.size(),
        articleFiles.get(0), warmup, rounds, chosen.toString().toLowerCase(java.util.Locale.ROOT));
    out.flush();
    try {
      PipelineBenchmark.Report report = PipelineBenchmark.run(new PipelineBenchmark.Settings(read, batchArticles,
          warmup, rounds, options, chosen, launcher, childArticle, memoryBatch, longSources,
          longWords.stream().filter(n -> n > 0).toList(),
          runOn.stream().filter(n -> n > 0).toList(), work,
          Duration.ofMinutes(childTimeoutMinutes), err));
      report.table().forEach(out::println);
      out.println(report.toJsonLine());
      out.flush();
    } finally {
      deleteQuietly(work);
    }
    return Main.OK;
  }

  private static Path find(Path root, String relative) {
    for (Path base : root == null ? List.of(Path.of("").toAbsolutePath())
        : List.of(root, Path.of("").toAbsolutePath())) {
      Path p = base.resolve(relative).normalize();
      if (Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // left behind in the temp directory
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // left behind in the temp directory
    }
  }

  /** The checkout the CLI runs from: three levels above cli/target/presslens-cli.jar (or cli/target/classes). */
  private static Path checkout() {
    try {
      Path location = Path.of(BenchPipelineCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path p = location.getParent() == null ? null : location.getParent().getParent();
      return p == null ? null : p.getParent();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
