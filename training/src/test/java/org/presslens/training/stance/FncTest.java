package org.presslens.training.stance;

import org.presslens.analyzers.stance.claim.ClaimFeatures;
import org.presslens.analyzers.stance.claim.ClaimModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.analyzers.stance.data.DocData;

class FncTest {

  @TempDir
  Path tmp;

  @Test
  void csvWithQuotedFieldsAndEmbeddedNewlines() throws Exception {
    Path bodies = tmp.resolve("bodies.csv");
    Files.writeString(bodies, "Body ID,articleBody\n7,\"First line,\nsecond \"\"quoted\"\" line\"\n12,plain\n");
    Path stances = tmp.resolve("stances.csv");
    Files.writeString(stances, "Headline,Body ID,Stance\n\"A, headline\",7,agree\nOther,12,unrelated\n");
    Map<Integer, String> b = FncData.readBodies(bodies);
    assertThat(b).containsEntry(7, "First line,\nsecond \"quoted\" line").containsEntry(12, "plain");
    List<FncData.Pair> p = FncData.readStances(stances);
    assertThat(p).containsExactly(new FncData.Pair("A, headline", 7, ClaimModel.AGREE),
        new FncData.Pair("Other", 12, ClaimModel.UNRELATED));
  }

  @Test
  void devSplitIsAFixedFifthOfTheBodyIds() {
    int dev = 0;
    for (int id = 0; id < 10000; id++) {
      dev += FncData.isDev(id) ? 1 : 0;
    }
    assertThat(dev).isBetween(1800, 2200);
    assertThat(FncData.isDev(0)).isTrue();
  }

  @Test
  void officialScoreWeightsRelatedLabels() {
    FncScore s = new FncScore();
    s.add(ClaimModel.AGREE, ClaimModel.AGREE); // 1.0
    s.add(ClaimModel.AGREE, ClaimModel.DISCUSS); // 0.25
    s.add(ClaimModel.AGREE, ClaimModel.UNRELATED); // 0
    s.add(ClaimModel.UNRELATED, ClaimModel.UNRELATED); // 0.25
    s.add(ClaimModel.UNRELATED, ClaimModel.DISAGREE); // 0
    assertThat(s.score()).isCloseTo(1.5, within(1e-9));
    assertThat(s.maxScore()).isCloseTo(3.5, within(1e-9));
    assertThat(s.relativeScore()).isCloseTo(1.5 / 3.5, within(1e-9));
    assertThat(s.perClass()).containsKeys("agree", "disagree", "discuss", "unrelated");
  }

  @Test
  void featuresSeeRelatednessAndRefutation() {
    List<DocData> bodies = List.of(
        DocData.ofShortText("The mayor denied reports that the bridge collapsed. The bridge is fine, she said."),
        DocData.ofShortText("Football results from the weekend league."),
        DocData.ofShortText("Apples grow on trees in the autumn."));
    ClaimFeatures.Idf idf = ClaimFeatures.Idf.of(bodies);
    ClaimFeatures.Claim c = new ClaimFeatures.Claim(DocData.ofShortText("Bridge collapsed, mayor says"));
    double[] related = ClaimFeatures.of(c, new ClaimFeatures.Body(bodies.get(0), idf), idf);
    double[] unrelated = ClaimFeatures.of(c, new ClaimFeatures.Body(bodies.get(1), idf), idf);
    int cos = ClaimFeatures.NAMES.indexOf("cos");
    assertThat(related).hasSize(ClaimFeatures.NAMES.size());
    assertThat(related[cos]).isGreaterThan(0.3);
    assertThat(unrelated[cos]).isZero();
    assertThat(related[ClaimFeatures.NAMES.indexOf("top_refute")]).isPositive();
  }

  @Test
  void twoStageModelFitsAndSurvivesARoundTrip() throws Exception {
    List<FncData.Pair> pairs = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < 400; i++) {
      int label = i % 4;
      double[] f = new double[ClaimFeatures.NAMES.size()];
      for (int j = 0; j < f.length; j++) {
        f[j] = r.nextDouble() * 0.1;
      }
      f[0] = label == ClaimModel.UNRELATED ? 0.02 : 0.5; // cosine
      f[ClaimFeatures.NAMES.indexOf("top_refute")] = label == ClaimModel.DISAGREE ? 2 : 0;
      f[ClaimFeatures.NAMES.indexOf("top_hedge")] = label == ClaimModel.DISCUSS ? 2 : 0;
      pairs.add(new FncData.Pair("h", i, label));
      x.add(f);
    }
    ClaimModel m = FncTraining.fit(pairs, x.toArray(double[][]::new),
        new ClaimFeatures.Idf(Map.of("bridg", 2.0), 3.0), 400, s -> { });
    for (int i = 0; i < 8; i++) {
      assertThat(ClaimModel.decide(m.probabilities(x.get(i)))).isEqualTo(pairs.get(i).label());
    }
    Path file = tmp.resolve("m.gz");
    m.write(file);
    ClaimModel back = ClaimModel.read(file);
    assertThat(back.idf().of("bridg")).isEqualTo(2.0);
    assertThat(back.notes()).isEqualTo(m.notes());
    assertThat(back.probabilities(x.get(3))).containsExactly(m.probabilities(x.get(3)), within(1e-9));
  }
}
