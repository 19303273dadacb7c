package org.presslens.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.presslens.io.ArticleFormat;
import org.presslens.io.ArticleReaders;
import org.presslens.io.ReaderOptions;

/**
 * Fuzz tests of the readers: any bytes give an article that keeps the model's invariants, whose text fields are clean
 * (no control character but {@code \n} and {@code \t}, no U+FEFF, U+2028, U+2029 or unpaired surrogate) and which
 * reads back equal from its JSON, or an {@link org.presslens.io.ArticleReadException} naming the input — never
 * another exception, a hang or a stack overflow.
 *
 * <p>Without {@code JAZZER_FUZZ} (every test run) each target runs once per file under
 * {@code src/test/resources/org/presslens/fuzz/ReadersFuzzTestInputs/<target>/}: hand-written seeds and the inputs
 * of crashes found so far. A fuzzing session ({@code JAZZER_FUZZ=1}, one target per run) is described in
 * docs/performance.md.
 */
class ReadersFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void scraped(byte[] data) {
    FuzzChecks.readOrReject(() -> ArticleReaders.reader(ArticleFormat.SCRAPED).read(FuzzChecks.SOURCE, data));
  }

  @FuzzTest(maxDuration = "5m")
  void text(byte[] data) {
    FuzzChecks.readOrReject(() -> ArticleReaders.reader(ArticleFormat.TEXT).read(FuzzChecks.SOURCE, data));
  }

  @FuzzTest(maxDuration = "5m")
  void html(byte[] data) {
    FuzzChecks.readOrReject(() -> ArticleReaders.reader(ArticleFormat.HTML).read(FuzzChecks.SOURCE, data));
  }

  @FuzzTest(maxDuration = "5m")
  void json(byte[] data) {
    FuzzChecks.readOrReject(() -> ArticleReaders.reader(ArticleFormat.JSON).read(FuzzChecks.SOURCE, data));
  }

  /** Format detection by content, without repair, as the CLI does for a file without an extension. */
  @FuzzTest(maxDuration = "5m")
  void detected(byte[] data) {
    FuzzChecks.readOrReject(
        () -> ArticleReaders.read(FuzzChecks.SOURCE, data, Optional.empty(), ReaderOptions.NO_REPAIR));
  }
}
