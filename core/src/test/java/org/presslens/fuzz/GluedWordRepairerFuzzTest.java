package org.presslens.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.presslens.model.Repair;
import org.presslens.text.GluedWordRepairer;
import org.presslens.text.RepairedText;

/**
 * Fuzz tests of the glued-word repair on any text: it never throws; each repair only inserts one space into a run of
 * letters, its span holds its replacement, and undoing the repairs gives back the original text. Seeds and crash
 * inputs: {@code src/test/resources/org/presslens/fuzz/GluedWordRepairerFuzzTestInputs/<target>/}.
 */
class GluedWordRepairerFuzzTest {

  private static final GluedWordRepairer REPAIRER = GluedWordRepairer.english();

  @FuzzTest(maxDuration = "5m")
  void repairParagraphs(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    List<String> paragraphs = Arrays.asList(text.split("\n\n", -1));
    List<RepairedText> repaired = REPAIRER.repairAll(paragraphs);
    assertThat(repaired).hasSameSizeAs(paragraphs);
    for (int i = 0; i < paragraphs.size(); i++) {
      checkRepair(paragraphs.get(i), repaired.get(i));
    }
  }

  @FuzzTest(maxDuration = "5m")
  void splitToken(byte[] data) {
    String token = new String(data, StandardCharsets.UTF_8);
    REPAIRER.split(token).ifPresent(split -> {
      assertThat(split.head() + split.tail()).isEqualTo(token);
      assertThat(split.head()).isNotEmpty();
      assertThat(split.tail()).isNotEmpty();
    });
  }

  private static void checkRepair(String original, RepairedText repaired) {
    String text = repaired.text();
    StringBuilder undone = new StringBuilder();
    int copied = 0;
    int previousEnd = 0;
    for (Repair r : repaired.repairs()) {
      assertThat(r.begin()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(r.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(r.begin(), r.end())).isEqualTo(r.replacement());
      assertThat(r.replacement().replace(" ", "")).isEqualTo(r.original());
      assertThat(r.replacement().length()).isEqualTo(r.original().length() + 1);
      assertThat(r.kind()).isEqualTo(Repair.GLUED_WORDS);
      undone.append(text, copied, r.begin()).append(r.original());
      copied = r.end();
      previousEnd = r.end();
    }
    undone.append(text, copied, text.length());
    assertThat(undone.toString()).isEqualTo(original);
  }
}
