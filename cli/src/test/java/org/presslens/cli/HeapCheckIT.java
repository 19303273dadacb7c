package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Too little heap for the models a run needs is a clear error before any model is loaded, naming the need and the
 * current -Xmx, not an {@link OutOfMemoryError} out of the first analysis: the real launcher in a child JVM with a
 * small -Xmx.
 */
class HeapCheckIT {

  @TempDir
  Path tmp;

  private record Result(int exit, String output) {
  }

  private Result launch(String javaOpts, String... args) throws Exception {
    Path launcher = SharedData.repositoryRoot().resolve("presslens");
    ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString());
    pb.command().addAll(java.util.List.of(args));
    pb.environment().put("PRESSLENS_JAVA_OPTS", javaOpts);
    Path out = tmp.resolve("out.txt");
    pb.redirectErrorStream(true).redirectOutput(out.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the launcher returns").isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void theEntitiesModelsAtHalfAGigabyteAreRefusedBeforeLoading() throws Exception {
    Path article = SharedData.repositoryRoot().resolve("samples/news-brief.txt");
    Result r = launch("-Xmx512m", "analyze", "--analyzers", "entities", "-O", "entities.sentimentModel=linear",
        "-O", "entities.nameTagger=none", article.toString());
    assertThat(r.exit()).as(r.output()).isEqualTo(Main.USAGE);
    assertThat(r.output()).contains("presslens: not enough heap for the NLP models", "at least 1,088 MB",
        "this JVM's is 512 MB (-Xmx512m)", "PRESSLENS_JAVA_OPTS=-Xmx1280m")
        .doesNotContain("OutOfMemoryError");
  }

  @Test
  void theEncoderModelsAddTheirHeapToTheCheck() throws Exception {
    Path article = SharedData.repositoryRoot().resolve("samples/news-brief.txt");
    Result r = launch("-Xmx512m", "analyze", "--analyzers", "entities", article.toString());
    assertThat(r.exit()).as(r.output()).isEqualTo(Main.USAGE);
    // the targeted sentiment model and the name tagger, 256 MB each, beside NER's 400 MB
    assertThat(r.output()).contains("presslens: not enough heap for the NLP models",
        "the models of analyzer 'entities' (512 MB)", "at least 912 MB").doesNotContain("OutOfMemoryError");
    Result tagger = launch("-Xmx512m", "analyze", "--analyzers", "entities", "-O", "entities.sentimentModel=linear",
        article.toString());
    assertThat(tagger.output()).contains("the models of analyzer 'entities' (256 MB)", "at least 1,344 MB");
  }

  @Test
  void theLexiconModelNeedsOnlyTheTokenizerAndRunsAtASmallHeap() throws Exception {
    Path article = SharedData.repositoryRoot().resolve("samples/news-brief.txt");
    Result r = launch("-Xmx256m", "analyze", "--analyzers", "sentiment", "-O", "sentiment.model=lexicon",
        "--format", "text", article.toString());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).doesNotContain("not enough heap");
  }
}
