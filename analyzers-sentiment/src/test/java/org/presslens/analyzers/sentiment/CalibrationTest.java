package org.presslens.analyzers.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;

class CalibrationTest {

  @Test
  void theShippedCalibrationMatchesTheFeatureExtractors() {
    Calibration c = Calibration.shared();
    assertThat(c.name()).isNotBlank();
    assertThat(c.corenlp().features()).isEqualTo(SentenceFeatures.CORENLP);
    assertThat(c.lexicon().features()).isEqualTo(SentenceFeatures.LEXICON);
    assertThat(c.metadata().path("file").asString()).isEqualTo("train.jsonl");
  }

  @Test
  void aResourceForOtherFeaturesIsRejected() {
    Calibration c = Calibration.shared();
    var json = c.toJson();
    Calibration back = Calibration.read(PresslensJson.mapper().readTree(json.toString()));
    assertThat(back.corenlp().weights()[0][0]).isCloseTo(c.corenlp().weights()[0][0], within(1e-6));

    ((tools.jackson.databind.node.ArrayNode) json.path("models").path("lexicon").path("features")).set(0, "other");
    assertThatThrownBy(() -> Calibration.read(PresslensJson.mapper().readTree(json.toString())))
        .hasMessageContaining("refit");
  }
}
