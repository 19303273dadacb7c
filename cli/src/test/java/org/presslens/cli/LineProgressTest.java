package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress without a terminal: plain periodic lines. */
class LineProgressTest {

  @Test
  void printsALineForEveryTenPercentWithRateAndEta() {
    StringWriter sink = new StringWriter();
    try (LineProgress p = new LineProgress(20, new PrintWriter(sink), Duration.ofHours(1), 10)) {
      for (int i = 0; i < 20; i++) {
        p.step(i != 3);
      }
      p.message("presslens: x.txt: empty input");
    }
    List<String> lines = sink.toString().lines().toList();
    assertThat(lines).hasSize(10); // 10%, 20%, ... 90% (100% is the summary's job), and the message
    assertThat(lines.get(0)).matches("presslens: 2/20 done \\(10%\\), [0-9.]+ articles/min, elapsed \\d+s, ETA \\d+s");
    assertThat(lines.get(1)).startsWith("presslens: 4/20 done (20%), 1 failed, ");
    assertThat(lines.get(9)).isEqualTo("presslens: x.txt: empty input");
  }

  @Test
  void printsPeriodicallyWhileNothingFinishes() throws Exception {
    StringWriter sink = new StringWriter();
    try (LineProgress p = new LineProgress(5, new PrintWriter(sink), Duration.ofMillis(100), 50)) {
      Thread.sleep(700);
    }
    assertThat(sink.toString().lines()).isNotEmpty()
        .allMatch(l -> l.startsWith("presslens: 0/5 done (0%), elapsed 0s (loading models on the first article)"));
  }

  @Test
  void durationsReadWell() {
    assertThat(Progress.duration(Duration.ofSeconds(42))).isEqualTo("42s");
    assertThat(Progress.duration(Duration.ofSeconds(415))).isEqualTo("6m 55s");
    assertThat(Progress.duration(Duration.ofSeconds(3725))).isEqualTo("1h 02m");
  }
}
