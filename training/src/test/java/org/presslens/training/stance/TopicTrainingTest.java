package org.presslens.training.stance;

import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.analyzers.stance.topic.TopicModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.analyzers.stance.data.DocData;

class TopicTrainingTest {

  @TempDir
  Path tmp;

  @Test
  void trainsOnTweetsWritesAndReadsBack() throws Exception {
    List<String> texts = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    String[] favor = {"We must act on #climate now, science is clear", "Great to see #renewables growing"};
    String[] against = {"Climate alarmism is a hoax #tcot", "Stop the carbon tax scam"};
    String[] none = {"Nice weather for a picnic today", "Watching the football tonight"};
    for (int i = 0; i < 30; i++) {
      texts.add(favor[i % 2] + " " + i);
      labels.add(TopicModel.FAVOR);
      texts.add(against[i % 2] + " " + i);
      labels.add(TopicModel.AGAINST);
      texts.add(none[i % 2] + " " + i);
      labels.add(TopicModel.NONE);
    }
    List<DocData> docs = texts.stream().map(DocData::ofShortText).toList();
    TopicModel m = TopicTraining.train("toy", docs, texts, labels, s -> { });
    double[] p = m.probabilities(DocData.ofShortText("the carbon tax is a scam").tokens(), "the carbon tax is a scam");
    assertThat(p[TopicModel.AGAINST]).isGreaterThan(p[TopicModel.FAVOR]);
    Path file = tmp.resolve("toy.model.gz");
    m.write(file);
    TopicModel back = TopicModel.read(file);
    assertThat(back.target()).isEqualTo("toy");
    assertThat(back.notes()).isEqualTo(m.notes());
    assertThat(back.probabilities(DocData.ofShortText("hoax").tokens(), "hoax"))
        .containsExactly(m.probabilities(DocData.ofShortText("hoax").tokens(), "hoax"), within(1e-3));
    assertThat(TopicModels.in(tmp).has("toy")).isTrue();
    assertThat(TopicModels.in(tmp).get("TOY")).isPresent();
  }

  @Test
  void readsTheTweetEvalLayout() throws Exception {
    Path t = Files.createDirectories(tmp.resolve("climate"));
    Files.writeString(t.resolve("val_text.txt"), "one tweet\ntwo tweet\n");
    Files.writeString(t.resolve("val_labels.txt"), "2\n1\n");
    assertThat(SemevalData.targets(tmp, "val")).containsExactly("climate");
    SemevalData.Split s = SemevalData.read(tmp, "climate", "val");
    assertThat(s.texts()).containsExactly("one tweet", "two tweet");
    assertThat(s.labels()).containsExactly(2, 1);
  }

  @Test
  void shippedTopicsAndAliases() {
    assertThat(TopicModels.canonical("Hillary Clinton")).isEqualTo("hillary");
    assertThat(TopicModels.canonical("Climate Change is a Real Concern")).isEqualTo("climate");
    for (String topic : TopicModels.SHIPPED) {
      assertThat(TopicModels.bundled().has(topic)).as(topic).isTrue();
      assertThat(TopicModels.bundled().get(topic).orElseThrow().notes()).anySatisfy(
          n -> assertThat(n).contains("split train only"));
    }
  }
}
