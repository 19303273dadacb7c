package org.presslens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in README.md and docs/*.md compiles: each {@code ```java} block is introduced by
 * {@code <!-- snippet: MODULE/src/(main|test)/java/...java -->} and is exactly that source file, which the build
 * compiles. After changing a snippet file, {@code -Dpresslens.updateDocSnippets=true} copies it into the docs.
 */
class DocSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile(
      "(?m)^(?:<!-- snippet: (?<path>\\S+) -->\\n)?```java\\n(?<code>(?s:.*?))^```$");
  private static final Pattern COMPILED_SOURCE = Pattern.compile("[\\w.-]+/src/(main|test)/java/[\\w/]+\\.java");
  private static final boolean UPDATE = Boolean.getBoolean("presslens.updateDocSnippets");

  @Test
  void everyJavaSnippetIsACompiledSourceFile() throws IOException {
    Path root = Paths.repositoryRoot();
    List<String> problems = new ArrayList<>();
    int snippets = 0;
    for (Path doc : docs(root)) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      StringBuilder updated = new StringBuilder();
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        snippets++;
        String where = root.relativize(doc) + " line " + lineOf(text, m.start());
        String path = m.group("path");
        if (path == null) {
          problems.add(where + ": a ```java block without <!-- snippet: PATH --> on the line before it");
          continue;
        }
        Path source = root.resolve(path);
        if (!COMPILED_SOURCE.matcher(path).matches() || !Files.isRegularFile(source)) {
          problems.add(where + ": " + path + " is not a source file the build compiles (MODULE/src/*/java/...)");
          continue;
        }
        String expected = Files.readString(source, StandardCharsets.UTF_8);
        if (m.group("code").equals(expected)) {
          continue;
        }
        if (UPDATE) {
          m.appendReplacement(updated, Matcher.quoteReplacement(
              "<!-- snippet: " + path + " -->\n```java\n" + expected + "```"));
        } else {
          problems.add(where + ": the block differs from " + path
              + " (run this test with -Dpresslens.updateDocSnippets=true to copy the file into the docs)");
        }
      }
      if (updated.length() > 0) {
        m.appendTail(updated);
        Files.writeString(doc, updated.toString(), StandardCharsets.UTF_8);
      }
    }
    assertThat(snippets).as("Java snippets found in README.md and docs/*.md").isGreaterThan(2);
    assertThat(problems).as("Java snippets of the docs").isEmpty();
  }

  private static List<Path> docs(Path root) {
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }
}
