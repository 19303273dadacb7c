package org.presslens.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.training.sentiment.SentimentBenchmark;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presslens bench sentiment [FILES...]}: per-article time of the {@code corenlp} and {@code lexicon} sentiment
 * models side by side, in one JVM, models loaded before timing. Wiring only: the measurement is
 * {@link SentimentBenchmark} in analyzers-sentiment.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Time the sentiment analyzer's corenlp and lexicon models per article, side by side.",
        "Default articles: the bundled samples/op-ed-tram-line.txt and"
            + " ../shared/data/samples/op-ed-putin-kim-summit.txt (next to the presslens checkout).",
        "Prints a table and, last, one JSON line."})
final class BenchSentimentCommand implements Callable<Integer> {

  static final String SAMPLE = "samples/op-ed-tram-line.txt";
  static final String SHARED_OP_ED = "../shared/data/samples/op-ed-putin-kim-summit.txt";

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "articles to measure (any format presslens reads)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--warmup", defaultValue = "3", paramLabel = "N",
      description = "warm-up rounds over all articles, not timed; the lexicon pipeline gets 20x as many"
          + " (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--rounds", defaultValue = "5", paramLabel = "N",
      description = "measured rounds; an article's time is the median (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
      description = "NLP option for both pipelines, e.g. nlp.parseMaxTokens=80 (repeatable)")
  Map<String, String> options = new LinkedHashMap<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = files.isEmpty() ? defaults(err) : files;
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no article to measure: give FILE arguments");
    }
    List<Article> articles = new ArrayList<>();
    for (Path p : paths) {
      articles.add(ArticleReaders.read(p));
    }
    out.printf("bench sentiment: %d article(s), %d warm-up (lexicon: %d) + %d measured rounds, one JVM%n",
        articles.size(), warmup, warmup * SentimentBenchmark.LEXICON_WARMUP_FACTOR, rounds);
    out.flush();
    SentimentBenchmark.Report report = SentimentBenchmark.run(articles, warmup, rounds, options);
    out.printf("first call (model loading): corenlp %.0f ms, lexicon %.0f ms%n", report.loadMs().get("corenlp"),
        report.loadMs().get("lexicon"));
    report.table().forEach(out::println);
    out.println(report.toJsonLine());
    out.flush();
    return Main.OK;
  }

  /** The bundled sample and the shared op-ed, found next to the CLI's checkout or the working directory. */
  private static List<Path> defaults(PrintWriter err) {
    List<Path> roots = new ArrayList<>();
    Path checkout = checkout();
    if (checkout != null) {
      roots.add(checkout);
    }
    roots.add(Path.of("").toAbsolutePath());
    List<Path> found = new ArrayList<>();
    for (String name : List.of(SAMPLE, SHARED_OP_ED)) {
      Path hit = roots.stream().map(r -> r.resolve(name).normalize()).filter(Files::isRegularFile).findFirst()
          .orElse(null);
      if (hit != null) {
        found.add(hit);
      } else {
        err.println("presslens: bench: default article " + name + " not found; skipped");
      }
    }
    err.flush();
    return found;
  }

  /** The checkout the CLI runs from: three levels above cli/target/presslens-cli.jar (or cli/target/classes). */
  private static Path checkout() {
    try {
      Path location = Path.of(BenchSentimentCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path p = location.getParent() == null ? null : location.getParent().getParent();
      return p == null ? null : p.getParent();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }
}
