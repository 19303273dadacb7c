package org.presslens.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.presslens.corpus.CorpusOptions;
import org.presslens.corpus.CorpusSummary;
import org.presslens.corpus.GroupBy;

/** Example 5 over the CLI tests' dated fixture reports (three outlets in three directories, four months). */
class CorpusPortrayalTest {
  private static final Path FIXTURE = Path.of("../cli/src/test/resources/corpus/dated-reports.jsonl");

  @Test
  void printsEachEntityPerDirectorySideBySide() throws Exception {
    CorpusSummary s = CorpusPortrayal.summarize(FIXTURE, CorpusOptions.DEFAULTS.by(GroupBy.DIR).minArticles(3));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CorpusPortrayal.print(s, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("36 reports, 2 bad lines, 1 names merged into other entities");
    assertThat(printed.lines().skip(1).findFirst().orElseThrow())
        .contains("centre (12)", "left (12)", "right (12)");
    assertThat(printed).contains("Vladimir Putin").containsPattern("[+-]0\\.\\d\\d in \\d+ art\\.");
  }
}
