package org.presslens.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.CorpusSummary.Cell;
import org.presslens.corpus.CorpusSummary.EntityRow;
import org.presslens.corpus.GroupBy;
import org.presslens.corpus.format.CorpusHtml;

/**
 * Example 5: portrayal across a corpus with the library API ({@code presslens-corpus}). Streams the JSONL reports
 * that {@code presslens analyze --format jsonl} wrote (no re-analysis), groups them (default: by the directory the
 * article files are in, e.g. the Webis editorials' {@code aljazeera/}, {@code foxnews/}, {@code guardian/}), prints
 * the most covered entities with their mean author-voice sentiment per group side by side, and writes the HTML
 * dashboard.
 *
 * <pre>./presslens analyze --format jsonl --out target/editorials.jsonl ../shared/data/articles/webis-editorials
 * mvn -B -q -pl examples exec:java -Dexec.mainClass=org.presslens.examples.CorpusPortrayal \
 *     -Dexec.args="target/editorials.jsonl examples/target/corpus.html dir"</pre>
 * Arguments: REPORTS.jsonl [DASHBOARD.html (default: none)] [GROUPING... (default: dir)].
 */
public final class CorpusPortrayal {

  private CorpusPortrayal() {
  }

  public static void main(String[] args) throws IOException {
    Path reports = Path.of(args[0]);
    Path dashboard = args.length > 1 ? Path.of(args[1]) : null;
    GroupBy[] by = args.length > 2 ? Arrays.stream(args, 2, args.length).map(GroupBy::parse).toArray(GroupBy[]::new)
        : new GroupBy[] {GroupBy.DIR};
    CorpusSummary summary = summarize(reports, CorpusOptions.DEFAULTS.by(by).entities(10).minArticles(3));
    print(summary, System.out);
    if (dashboard != null) {
      Files.writeString(dashboard, CorpusHtml.render(summary, source -> Optional.empty()), StandardCharsets.UTF_8);
      System.out.println("dashboard: " + dashboard);
    }
  }

  /** The summary of the reports in {@code jsonl}: streamed line by line, bad lines counted, never fatal. */
  static CorpusSummary summarize(Path jsonl, CorpusOptions options) throws IOException {
    return CorpusSummary.builder(options).addJsonl(jsonl).build();
  }

  /** One line per entity: its mean sentiment in each group side by side ("too small" where a group is). */
  static void print(CorpusSummary summary, PrintStream out) {
    out.printf("%d reports, %d bad lines, %d names merged into other entities%n", summary.inputs().reports(),
        summary.inputs().badTotal(), summary.identities().merged());
    StringBuilder header = new StringBuilder(String.format("%-24s", "entity"));
    summary.groups().forEach(g -> header.append(String.format("%22s", g.label() + " (" + g.articles() + ")")));
    out.println(header);
    for (EntityRow e : summary.entities()) {
      StringBuilder line = new StringBuilder(String.format("%-24s", e.name()));
      for (Cell c : e.cells()) {
        line.append(String.format("%22s", c.tooSmall() ? "too small" : c.sentiment() == null
            ? c.articles() + " art." : String.format(Locale.ROOT, "%+.2f in %d art.", c.sentiment().mean(),
            c.articles())));
      }
      out.println(line);
    }
  }
}
