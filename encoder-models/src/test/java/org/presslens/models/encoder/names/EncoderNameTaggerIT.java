package org.presslens.models.encoder.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;
import org.presslens.testing.FakeNlpEngine;

/** The shipped name tagger on the real MiniLM graph: loaded once, clear names right, the same scores on any thread. */
class EncoderNameTaggerIT {

  private static final String TEXT = "Prime Minister Helen Okafor of Nigeria met the chief executive of Shell in Lagos "
      + "on Monday. Okafor said the talks were useful.";

  @Test
  void tagsClearNamesOnceLoadedAndDeterministically() throws Exception {
    NameTaggerProvider provider = new EncoderNameTaggerProvider();
    NameTaggerProvider.Model model = provider.load();
    assertThat(provider.load()).isSameAs(model);
    assertThat(EncoderNameTaggerProvider.loads()).isEqualTo(1);
    assertThat(model.nerLayerBonus().entity()).isPositive();

    Article article = Article.builder().language("en").paragraph(TEXT).build();
    NlpDocument nlp = new FakeNlpEngine().annotate(article, java.util.Set.of(NlpLayer.TOKENS));
    List<float[]> scores = model.logProbabilities(article, nlp);

    List<String> first = best(nlp.sentences().get(0), scores.get(0));
    List<String> second = best(nlp.sentences().get(1), scores.get(1));
    assertThat(first).contains("Helen/B-PER", "Okafor/I-PER", "Nigeria/B-LOC", "Lagos/B-LOC", "met/O", "Monday/O");
    assertThat(second).contains("Okafor/B-PER", "talks/O");
    List<float[]> again = CompletableFuture.supplyAsync(() -> model.logProbabilities(article, nlp)).get();
    for (int i = 0; i < scores.size(); i++) {
      assertThat(again.get(i)).containsExactly(scores.get(i));
    }
  }

  /** Each token as {@code text/label} with its most probable label. */
  private static List<String> best(Sentence s, float[] scores) {
    int labels = NameTaggerProvider.LABELS.size();
    List<String> out = new ArrayList<>();
    for (int t = 0; t < s.tokens().size(); t++) {
      int arg = 0;
      for (int l = 1; l < labels; l++) {
        if (scores[t * labels + l] > scores[t * labels + arg]) {
          arg = l;
        }
      }
      Token token = s.tokens().get(t);
      out.add(token.text() + "/" + NameTaggerProvider.LABELS.get(arg));
    }
    return out;
  }
}
