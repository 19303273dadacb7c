package org.presslens.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.presslens.examples.quotes.QuotesResult;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/**
 * Example 2: a custom analyzer from a plugin jar. The {@code quotes} analyzer lives in the module
 * {@code example-plugin} with its own {@code META-INF/services} entry; having its jar on the class path is all it
 * takes for the pipeline to find it by name, like the built-in analyzers. It shares the article's one CoreNLP
 * annotation (it requires the NER layer).
 *
 * <pre>mvn -B -q -pl examples exec:java -Dexec.mainClass=org.presslens.examples.QuotesExample \
 *     -Dexec.args=../shared/data/articles/bbc/politics/002.txt</pre>
 */
public final class QuotesExample {

  private QuotesExample() {
  }

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/articles/bbc/politics/002.txt");
    Pipeline pipeline = Pipeline.builder().analyzers("quotes").build();
    print(pipeline, file, System.out);
  }

  /** Prints who is quoted in {@code file}, how often, and each quotation with its offsets. */
  static QuotesResult print(Pipeline pipeline, Path file, PrintStream out) {
    Article article = ArticleReaders.read(file);
    AnalysisReport report = pipeline.analyze(article);
    report.failures().forEach(f -> out.println("failed: " + f.analyzer() + ": " + f.error()));
    QuotesResult quotes = (QuotesResult) report.results().get("quotes");
    if (quotes == null) {
      return null;
    }
    out.printf("%s: %d quotations, %.0f%% of the text quoted, %d unattributed%n",
        article.title() != null ? article.title() : file.getFileName(), quotes.quotes().size(),
        quotes.quotedShare() * 100, quotes.unattributed());
    for (QuotesResult.Speaker s : quotes.speakers()) {
      out.printf("  %-28s %d quotation(s), %d words%n", s.name(), s.quotes(), s.words());
    }
    for (QuotesResult.Quote q : quotes.quotes()) {
      out.printf("  [%d, %d) %-16s %s%n", q.begin(), q.end(),
          q.speaker() == null ? "?" : q.speaker() + " (" + q.attribution().name().toLowerCase(Locale.ROOT) + ")",
          q.text().length() > 70 ? q.text().substring(0, 69) + "…" : q.text());
    }
    return quotes;
  }
}
