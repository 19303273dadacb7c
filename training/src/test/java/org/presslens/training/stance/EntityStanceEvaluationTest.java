package org.presslens.training.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;

class EntityStanceEvaluationTest {

  private static EntityStanceEvaluation.Case c(Label gold, String confidence, Label predicted, double conf,
                                               boolean matched) {
    return new EntityStanceEvaluation.Case("a.txt",
        new EntityStanceGold.Target("X", "PERSON", gold, confidence, "e"),
        new StanceResult.Stance("X", StanceResult.TargetKind.ENTITY, matched ? "person:x" : null, predicted, conf,
            0, List.of(), "m"));
  }

  @Test
  void figuresFromTheConfusionMatrix() {
    List<EntityStanceEvaluation.Case> cases = new ArrayList<>();
    cases.add(c(Label.FAVOR, "high", Label.FAVOR, 0.9, true));
    cases.add(c(Label.FAVOR, "high", Label.AGAINST, 0.55, true));
    cases.add(c(Label.AGAINST, "medium", Label.AGAINST, 0.95, true));
    cases.add(c(Label.NONE, "medium", Label.NONE, 0.65, false));
    EntityStanceEvaluation.Result r = EntityStanceEvaluation.evaluate(cases);
    assertThat(r.all().n()).isEqualTo(4);
    assertThat(r.all().accuracy()).isEqualTo(0.75);
    // FAVOR: P 1, R 0.5, F1 2/3; AGAINST: P 0.5, R 1, F1 2/3; NONE: 1
    assertThat(r.all().fAvg()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.all().macroF1()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1) / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(r.all().confusion()[0]).containsExactly(1, 1, 0);
    assertThat(r.high().n()).isEqualTo(2);
    assertThat(r.medium().accuracy()).isEqualTo(1.0);
    assertThat(r.unmatched()).hasSize(1);
    assertThat(r.calibration()).filteredOn(b -> b.from() == 0.5).singleElement()
        .satisfies(b -> assertThat(b.accuracy()).isZero());
    assertThat(r.calibration()).filteredOn(b -> b.from() == 0.9).singleElement()
        .satisfies(b -> assertThat(b.n()).isEqualTo(2));
    assertThat(r.text(5)).contains("worst errors").contains("gold FAVOR (high), system AGAINST");
    assertThat(r.json()).containsEntry("task", "entity-stance").containsEntry("n", 4);
  }

  @Test
  void readsGoldAndNamesABadLine(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"file\":\"x/1.txt\",\"title\":\"T\",\"targets\":[{\"entity\":\"Ann Lee\","
        + "\"type\":\"PERSON\",\"stance\":\"FAVOR\",\"confidence\":\"high\",\"evidence\":\"e\"}]}\n\n");
    assertThat(EntityStanceGold.read(gold)).singleElement()
        .satisfies(g -> assertThat(g.targets().get(0).stance()).isEqualTo(Label.FAVOR));
    Files.writeString(gold, "{\"file\":\"x/1.txt\",\"targets\":[{\"entity\":\"A\",\"stance\":\"AGREE\"}]}\n");
    assertThatThrownBy(() -> EntityStanceGold.read(gold)).hasMessageContaining("line 1")
        .hasMessageContaining("FAVOR, AGAINST or NONE");
  }
}
