package org.presslens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * Example 2 end to end: the real launcher script ({@code ./presslens}, running cli/target) as a subprocess, with the
 * plugin jar added only through {@code PRESSLENS_PLUGINS} or {@code --plugins}. The CLI does not depend on the plugin,
 * so without them the analyzer is unknown.
 */
class PluginLauncherIT {

  private static Path root;
  private static Path pluginJar;

  @TempDir
  Path tmp;

  record Run(int exitCode, String out, String err) {
  }

  @BeforeAll
  static void launcherAndPluginAreBuilt() {
    root = Paths.repositoryRoot();
    pluginJar = root.resolve("example-plugin/target/presslens-example-plugin.jar");
    assertThat(root.resolve("cli/target/presslens-cli.jar"))
        .as("the CLI is not built; run ./mvnw -B -DskipTests package (./mvnw -B verify builds it before this module)")
        .exists();
    assertThat(pluginJar).as("the plugin jar is not built; run ./mvnw -B -DskipTests package").exists();
  }

  private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("presslens").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
    pb.environment().remove("PRESSLENS_PLUGINS");
    pb.environment().put("PRESSLENS_JAVA_OPTS", "-Xmx2g");
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("./presslens " + String.join(" ", args) + " did not finish in 5 minutes");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void analyzersListsThePluginOnlyWhenItsJarIsAdded() throws Exception {
    Run without = launch(Map.of(), "analyzers", "--format", "json");
    assertThat(without.exitCode()).as(without.err()).isZero();
    assertThat(names(without)).contains("entities", "sentiment").doesNotContain("quotes");

    Run with = launch(Map.of("PRESSLENS_PLUGINS", pluginJar.toString()), "analyzers", "--format", "json");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(names(with)).contains("entities", "sentiment", "quotes");
    JsonNode quotes = PresslensJson.mapper().readTree(with.out()).get("analyzers").valueStream()
        .filter(n -> n.get("name").asString().equals("quotes")).findFirst().orElseThrow();
    assertThat(quotes.get("requires").valueStream().map(JsonNode::asString)).containsExactly("nlp:ner");
    assertThat(quotes.get("class").asString()).isEqualTo("org.presslens.examples.quotes.QuotesAnalyzerProvider");

    Run text = launch(Map.of("PRESSLENS_PLUGINS", root.relativize(pluginJar).toString()), "analyzers");
    assertThat(text.out()).contains("quotes", "Who is quoted");
  }

  @Test
  void analyzeRunsThePluginThroughTheLauncher() throws Exception {
    Path article = Paths.sharedData().resolve("articles/bbc/politics/002.txt");
    Path report = tmp.resolve("report.json");
    Run run = launch(Map.of("PRESSLENS_PLUGINS", pluginJar.toString()), "analyze", "--analyzers", "quotes",
        "--out", report.toString(), article.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = PresslensJson.mapper().readTree(report.toFile());
    assertThat(root.get("failures").size()).isZero();
    JsonNode quotes = root.get("results").get("quotes");
    assertThat(quotes.get("speakers").get(0).get("name").asString()).isEqualTo("Richard Thomas");
    String text = root.get("article").get("text").asString();
    assertThat(quotes.get("quotes").size()).isGreaterThanOrEqualTo(3);
    quotes.get("quotes").forEach(q -> assertThat(text.substring(q.get("begin").asInt(), q.get("end").asInt()))
        .contains(q.get("text").asString()));
  }

  /**
   * The plugin, reading the entities result through its published key ({@code quotes.useEntities}), is analyzed and
   * rendered like a built-in: entities is added for it, its HTML section, highlights and text line are there.
   */
  @Test
  void thePluginRendersLikeABuiltIn() throws Exception {
    Path article = Paths.sharedData().resolve("articles/bbc/politics/002.txt");
    Path page = tmp.resolve("report.html");
    Run html = launch(Map.of("PRESSLENS_PLUGINS", pluginJar.toString()), "analyze", "--analyzers", "quotes",
        "-O", "quotes.useEntities=true", "--format", "html", "--out", page.toString(), article.toString());
    assertThat(html.exitCode()).as(html.err()).isZero();
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(Files.readString(page));
    assertThat(doc.select("section#quotes h2").text()).isEqualTo("Quotations");
    assertThat(doc.select("section#quotes table.speakers").text()).contains("Richard Thomas");
    assertThat(doc.select("#text span.s.quote sup.tag")).isNotEmpty();
    assertThat(doc.select("section#entities table.entities tbody tr")).isNotEmpty(); // added for quotes
    assertThat(doc.select("section.generic")).isEmpty();

    Run text = launch(Map.of("PRESSLENS_PLUGINS", pluginJar.toString()), "analyze", "--analyzers", "quotes",
        "-O", "quotes.useEntities=true", "--format", "text", article.toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).containsPattern("(?m)^   quotes: \\d+ quotations \\(\\d+% of the text\\); most quoted: "
        + "Richard Thomas");
  }

  @Test
  void pluginsOptionAddsADirectoryOfJars() throws Exception {
    Path empty = Files.createFile(tmp.resolve("empty.txt"));
    Run without = launch(Map.of(), "analyze", "--analyzers", "quotes", empty.toString());
    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).contains("no analyzer named 'quotes'");

    // The pipeline is built (so 'quotes' was found) before the empty input fails: no model is loaded.
    Run with = launch(Map.of(), "analyze", "--plugins", pluginJar.getParent().toString(), "--analyzers", "quotes",
        empty.toString());
    assertThat(with.exitCode()).as(with.err()).isEqualTo(1);
    assertThat(with.err()).contains("empty input").doesNotContain("no analyzer named");
  }

  private static List<String> names(Run run) {
    return PresslensJson.mapper().readTree(run.out()).get("analyzers").valueStream().map(n -> n.get("name").asString())
        .toList();
  }
}
