package org.presslens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.examples.quotes.QuotesResult;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.Pipeline;
import tools.jackson.databind.JsonNode;

/**
 * The example programs with the real CoreNLP layer. One pipeline for the whole JVM (models load once); the examples
 * run on a few articles here, on the full data sets with their documented commands (docs/examples.md).
 */
class ExamplesIT {

  private static final Pipeline PIPELINE = Pipeline.builder().analyzers("entities", "sentiment", "quotes").build();

  @TempDir
  Path tmp;

  private static String capture(ThrowingConsumer<PrintStream> body) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      body.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingConsumer<T> {
    void accept(T t) throws Exception;
  }

  @Test
  void example1AnalyzeOneArticlePrintsEntitiesAndDocumentSentiment() throws Exception {
    PrintStream original = System.out;
    String printed;
    try {
      printed = capture(out -> {
        System.setOut(out);
        AnalyzeOneArticle.main(new String[] {Paths.repositoryRoot().resolve("samples/op-ed-tram-line.txt").toString()});
      });
    } finally {
      System.setOut(original);
    }
    assertThat(printed).contains("document sentiment: ").contains("mention(s)").doesNotContain("failed:");
  }

  @Test
  void example2QuotesPluginAttributesQuotationsToSpeakers() throws Exception {
    Path article = Paths.sharedData().resolve("articles/bbc/politics/002.txt");
    QuotesResult[] result = new QuotesResult[1];
    String printed = capture(out -> result[0] = QuotesExample.print(PIPELINE, article, out));
    QuotesResult quotes = result[0];
    assertThat(quotes).as(printed).isNotNull();
    assertThat(quotes.speakers()).extracting(QuotesResult.Speaker::name).contains("Richard Thomas", "Alan Beith");
    assertThat(quotes.speakers().get(0).name()).isEqualTo("Richard Thomas");
    String text = org.presslens.io.ArticleReaders.read(article).text();
    for (QuotesResult.Quote q : quotes.quotes()) {
      assertThat(text.substring(q.begin(), q.end())).contains(q.text());
    }
    assertThat(printed).contains("Richard Thomas", "quotation(s)");
  }

  @Test
  void example3BatchWritesOneLinePerFileInOrderWithASummary() throws Exception {
    Path dir = Paths.sharedData().resolve("articles/bbc/politics");
    Path out = tmp.resolve("batch.jsonl");
    BatchToJsonl.Summary[] summary = new BatchToJsonl.Summary[1];
    String printed = capture(log -> summary[0] = BatchToJsonl.run(PIPELINE, dir, out, 2, 4, log));
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    for (int i = 0; i < 4; i++) {
      JsonNode node = PresslensJson.mapper().readTree(lines.get(i));
      assertThat(node.get("article").get("source").asString()).endsWith(String.format("%03d.txt", i + 1));
      assertThat(node.get("results").has("sentiment")).isTrue();
    }
    assertThat(summary[0].ok()).isEqualTo(4);
    assertThat(printed).contains("4 inputs: 4 ok, 0 failed", "articles/min", "document sentiment: ");
  }

  @Test
  void example4ComparesTheMostSalientEntitiesOfEachOutlet() throws Exception {
    Path root = Paths.sharedData().resolve("articles/webis-editorials");
    @SuppressWarnings("unchecked")
    Map<String, List<CompareOutlets.Row>>[] result = new Map[1];
    String printed = capture(out -> result[0] = CompareOutlets.compare(PIPELINE, root, 2, 5, out));
    assertThat(result[0]).containsOnlyKeys("aljazeera", "foxnews", "guardian");
    result[0].forEach((outlet, rows) -> {
      assertThat(rows).as(outlet).isNotEmpty().hasSizeLessThanOrEqualTo(5);
      assertThat(rows).extracting(CompareOutlets.Row::salience).isSortedAccordingTo((a, b) -> Double.compare(b, a));
      rows.forEach(r -> {
        assertThat(r.sentiment()).isBetween(-1.0, 1.0);
        assertThat(r.articles()).isBetween(1, 2);
      });
    });
    assertThat(printed).contains("== aljazeera (2 editorials)", "== foxnews", "== guardian", "avg sentiment");
  }
}
