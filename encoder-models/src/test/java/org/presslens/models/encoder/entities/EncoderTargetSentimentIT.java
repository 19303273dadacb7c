package org.presslens.models.encoder.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.Sentence;
import org.presslens.testing.FakeNlpEngine;

/** The shipped encoder model on the real MiniLM graph: loaded once, clear cases right, the same bytes on any thread. */
class EncoderTargetSentimentIT {

  private static final String TEXT = "Critics say the corrupt senator Hal Brody lied to voters and stole from them. "
      + "Residents thanked the brave firefighter Ann Cole, who saved three children from the blaze.";

  @Test
  void predictsClearCasesOnceLoadedAndDeterministically() throws Exception {
    TargetSentimentModelProvider provider = new EncoderTargetSentimentProvider();
    TargetSentimentModelProvider.Model model = provider.load();
    assertThat(provider.load()).isSameAs(model);
    assertThat(EncoderTargetSentimentProvider.loads()).isEqualTo(1);

    Article article = Article.builder().language("en").paragraph(TEXT).build();
    NlpDocument nlp = new FakeNlpEngine().annotate(article, java.util.Set.of(NlpLayer.TOKENS));
    List<SentimentTarget> targets = List.of(target(article, nlp, "Hal Brody"), target(article, nlp, "Ann Cole"));
    List<PolarityProbabilities> p = model.predict(targets);

    assertThat(p.get(0).polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(p.get(1).polarity()).isEqualTo(Polarity.POSITIVE);
    for (PolarityProbabilities q : p) {
      assertThat(q.negative() + q.neutral() + q.positive()).isBetween(0.999, 1.001);
    }
    List<PolarityProbabilities> again = CompletableFuture.supplyAsync(() -> model.predict(targets)).get();
    assertThat(again).isEqualTo(p);
  }

  private static SentimentTarget target(Article article, NlpDocument nlp, String name) {
    int at = article.text().indexOf(name);
    Sentence s = nlp.sentences().stream().filter(x -> x.begin() <= at && at < x.end()).findFirst().orElseThrow();
    return SentimentTarget.in(s, article.text().substring(s.begin(), s.end()), at, at + name.length(), false)
        .orElseThrow();
  }
}
