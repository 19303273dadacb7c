package org.presslens.bench.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.json.PresslensJson;

/** The pure parts of the child-JVM sections: launcher options, reading child output, the -Xmx search. */
class ChildPartsTest {

  @TempDir
  Path tmp;

  @Test
  void theLaunchersDefaultOptionsAreReadFromTheScript() throws IOException {
    Path launcher = Files.writeString(tmp.resolve("presslens"),
        "#!/bin/sh\nexec java ${PRESSLENS_JAVA_OPTS:--Xmx3g} -cp x Main \"$@\"\n");
    assertThat(Launcher.defaultOpts(launcher)).isEqualTo("-Xmx3g");
    assertThat(Launcher.defaultOpts(Files.writeString(tmp.resolve("plain"), "exec java Main\n"))).isEmpty();
    assertThat(Launcher.defaultOpts(tmp.resolve("missing"))).isEmpty();
  }

  @Test
  void theRecommendedHeapIsOneAndAHalfTimesRoundedUpTo512() {
    assertThat(MemorySection.recommendXmx(1136)).isEqualTo(2048);
    assertThat(MemorySection.recommendXmx(128)).isEqualTo(512);
    assertThat(MemorySection.recommendXmx(1024)).isEqualTo(1536);
  }

  @Test
  void theBisectionEndsWithinOneStepAboveTheSmallestWorkingHeap() {
    List<Integer> tried = new ArrayList<>();
    HeapBisection.Found<Integer> found = new HeapBisection(64).smallest(128, 3072, 3072, mb -> {
      tried.add(mb);
      return mb;
    }, mb -> mb >= 1000);
    assertThat(found.mb()).isBetween(1000, 1063);
    assertThat(found.at()).isEqualTo(found.mb());
    assertThat(tried).allMatch(mb -> mb % 16 == 0).allMatch(mb -> mb > 128 && mb < 3072).contains(found.mb());

    HeapBisection.Found<String> none = new HeapBisection(64).smallest(128, 3072, "default", mb -> "at " + mb,
        r -> false);
    assertThat(none.mb()).isEqualTo(3072);
    assertThat(none.at()).isEqualTo("default");
  }

  @Test
  void aRunReportedWhenItExitedCleanlyWithOneCleanReportPerInput() {
    String pretty = "{\n  \"source\" : \"a.txt\",\n  \"failures\" : [ ]\n}\n";
    assertThat(run(0, pretty, "").reported(1)).isTrue();
    String two = "{\"source\":\"a.txt\",\"failures\":[]}\n\n{\"source\":\"b.txt\"}\n";
    assertThat(run(0, two, "").reported(2)).isTrue();
    assertThat(run(0, two, "").reported(3)).isFalse();
    assertThat(run(0, "{\"source\":\"a.txt\",\"failures\":[{\"analyzer\":\"x\"}]}", "").reported(1)).isFalse();
    assertThat(run(0, "{\"source\":\"a.txt\"}\n{\"error\":\"unreadable\"}", "").reported(2)).isFalse();
    assertThat(run(0, " \n", "").reported(1)).isFalse();
    assertThat(run(1, pretty, "").reported(1)).isFalse();
    assertThat(run(0, pretty, "java.lang.OutOfMemoryError: Java heap space").reported(1)).isFalse();
  }

  @Test
  void theLastErrorLineAndTheLoadedAnnotatorSetsComeFromStandardError() {
    String stderr = "[main] INFO CoreNLP pipeline [tokenize,pos] ready in 2.1 s\nwarning\n"
        + "[main] INFO CoreNLP pipeline [tokenize,pos,lemma,ner,parse,sentiment] ready in 9.0 s\nlast line\n\n";
    assertThat(run(1, "", stderr).lastErrorLine()).isEqualTo("last line");
    assertThat(run(1, "", " \n").lastErrorLine()).isEmpty();
    assertThat(ColdStartSection.loadedSets(stderr)).containsExactly("tokenize,pos",
        "tokenize,pos,lemma,ner,parse,sentiment");
    assertThat(ColdStartSection.loadedSets("no pipeline")).isEmpty();
  }

  @Test
  void aReportsStepsSentencesAndFailuresAreRead() {
    ReportFigures f = ReportFigures.of(PresslensJson.mapper().readTree("{\"timingsMs\":{\"nlp\":1200,\"entities\":30,"
        + "\"sentiment\":5},\"results\":{\"sentiment\":{\"sentences\":[{\"capped\":true},{},{\"capped\":false},"
        + "{\"capped\":true}]}},\"failures\":[]}"));
    assertThat(f.stepsMs()).containsExactly(Map.entry("nlp", 1200L), Map.entry("entities", 30L),
        Map.entry("sentiment", 5L));
    assertThat(f.analysisMs()).isEqualTo(1235);
    assertThat(f.sentences()).isEqualTo(4);
    assertThat(f.capped()).isEqualTo(2);
    assertThat(f.failures().size()).isZero();

    ReportFigures empty = ReportFigures.of(PresslensJson.mapper().readTree("{\"failures\":[{\"analyzer\":\"x\"}]}"));
    assertThat(empty.stepsMs()).isEmpty();
    assertThat(empty.sentences()).isZero();
    assertThat(empty.failures().size()).isEqualTo(1);
  }

  private static ChildRun run(int exitCode, String stdout, String stderr) {
    return new ChildRun(exitCode, 10, 20, 300, stdout, stderr);
  }
}
