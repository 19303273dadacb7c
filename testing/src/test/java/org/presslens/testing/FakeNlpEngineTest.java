package org.presslens.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

class FakeNlpEngineTest {

  @Test
  void tokenizesOnWhitespaceAndPunctuation() {
    Article a = TestArticles.minimal(); // "Rain fell on Westmoor."
    NlpDocument doc = new FakeNlpEngine().annotate(a, Set.of(NlpLayer.TOKENS));
    assertThat(doc.layers()).containsExactly(NlpLayer.TOKENS);
    assertThat(doc.sentences()).hasSize(1);
    assertThat(doc.sentences().get(0).tokens()).extracting(Token::text)
        .containsExactly("Rain", "fell", "on", "Westmoor", ".");
    Token t = doc.sentences().get(0).tokens().get(0);
    assertThat(t.pos()).isNull();
    assertThat(t.lemma()).isNull();
    assertThat(t.ner()).isNull();
    assertThat(doc.sentences().get(0).parse()).isNull();
    assertThat(doc.mentions()).isEmpty();
  }

  @Test
  void keepsNumbersAndContractionsTogetherAndSplitsSentences() {
    Article a = TestArticles.english();
    NlpDocument doc = new FakeNlpEngine().annotate(a, Set.of(NlpLayer.TOKENS));
    List<String> words = doc.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    assertThat(words).contains("3.5", "14", "NTA", "?", "!");
    assertThat(doc.sentences()).extracting(s -> a.text().substring(s.begin(), s.end()))
        .contains("Was it worth it?", "Most residents think so!");
    assertThat(doc.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void sentencesNeverCrossParagraphs() {
    Article a = Article.builder().language("en").paragraph("No final stop").paragraph("Second paragraph").build();
    NlpDocument doc = new FakeNlpEngine().annotate(a, Set.of(NlpLayer.TOKENS));
    assertThat(doc.sentences()).hasSize(2);
    for (Sentence s : doc.sentences()) {
      assertThat(a.paragraphs()).anySatisfy(p -> assertThat(p.span().contains(new Paragraph(s.begin(), s.end())
          .span())).isTrue());
    }
  }

  @Test
  void fillsOnlyTheRequestedLayersAndTheirClosure() {
    Article a = TestArticles.english();
    NlpDocument ner = new FakeNlpEngine().annotate(a, Set.of(NlpLayer.NER));
    assertThat(ner.layers()).containsExactlyInAnyOrder(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA, NlpLayer.NER);
    Token first = ner.sentences().get(0).tokens().get(0);
    assertThat(first.pos()).isEqualTo("NNP");
    assertThat(first.lemma()).isEqualTo("the");
    assertThat(first.ner()).isEqualTo("O");
    assertThat(ner.sentences().get(0).parse()).isNull();
    assertThat(ner.sentences().get(0).sentiment()).isNull();

    NlpDocument sentiment = new FakeNlpEngine().annotate(a, Set.of(NlpLayer.SENTIMENT));
    assertThat(sentiment.layers()).doesNotContain(NlpLayer.NER, NlpLayer.LEMMA);
    Sentence s = sentiment.sentences().get(1); // "Mayor Ilsa Brandt praised ... a great success."
    assertThat(s.parse().label()).isEqualTo("ROOT");
    assertThat(s.parse().children().get(0).children()).hasSize(s.tokens().size());
    assertThat(s.sentiment().argmax()).isEqualTo(4);
    assertThat(s.tokens().get(0).lemma()).isNull();
    assertThat(sentiment.sentences().get(2).sentiment().argmax()).as("terrible").isEqualTo(1);
  }

  @Test
  void findsFakeEntityMentions() {
    Article a = TestArticles.english();
    NlpDocument doc = new FakeNlpEngine().annotate(a, Set.of(NlpLayer.NER));
    assertThat(doc.mentions()).extracting(EntityMention::text, EntityMention::type)
        .contains(org.assertj.core.groups.Tuple.tuple("Westmoor", "PERSON"),
            org.assertj.core.groups.Tuple.tuple("Ilsa Brandt", "PERSON"),
            org.assertj.core.groups.Tuple.tuple("NTA", "ORGANIZATION"),
            org.assertj.core.groups.Tuple.tuple("3.5", "NUMBER"));
    for (EntityMention m : doc.mentions()) {
      Sentence s = doc.sentences().get(m.sentence());
      assertThat(s.tokens().get(m.firstToken()).begin()).isEqualTo(m.begin());
      assertThat(s.tokens().get(m.endToken() - 1).end()).isEqualTo(m.end());
    }
  }

  @Test
  void handlesEmptyAndUnicodeArticles() {
    FakeNlpEngine engine = new FakeNlpEngine();
    assertThat(engine.annotate(TestArticles.empty(), Set.of(NlpLayer.NER)).sentences()).isEmpty();
    Article u = TestArticles.unicode();
    NlpDocument doc = engine.annotate(u, Set.copyOf(NlpLayer.BUILT_IN));
    List<String> words = doc.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    assertThat(words).contains("Zoë", "🎉", "café", "“");
    SpanAssertions.assertSpanTextsMatch(u, doc);
  }

  @Test
  void recordsCallsAndRejectsUnsupportedLayers() {
    FakeNlpEngine engine = FakeNlpEngine.supporting(NlpLayer.TOKENS, NlpLayer.POS);
    engine.annotate(TestArticles.minimal(), Set.of(NlpLayer.POS));
    assertThatThrownBy(() -> engine.annotate(TestArticles.minimal(), Set.of(NlpLayer.NER)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nlp:lemma").hasMessageContaining("nlp:ner");
    assertThat(engine.annotateCount()).isEqualTo(2);
    assertThat(engine.requestedLayers()).containsExactly(Set.of(NlpLayer.POS), Set.of(NlpLayer.NER));
    assertThat(engine.annotatedArticleIds()).containsOnly(TestArticles.minimal().id());
    engine.reset();
    assertThat(engine.annotateCount()).isZero();
    assertThat(engine.requestedLayers()).isEmpty();
  }

  @Test
  void failingEngineCountsThenThrows() {
    FakeNlpEngine engine = FakeNlpEngine.failingWith(new IllegalStateException("models missing"));
    assertThatThrownBy(() -> engine.annotate(TestArticles.minimal(), Set.of(NlpLayer.TOKENS)))
        .hasMessage("models missing");
    assertThat(engine.annotateCount()).isEqualTo(1);
  }

  @Test
  void isDeterministicAndThreadSafe() throws Exception {
    FakeNlpEngine engine = new FakeNlpEngine();
    Article a = TestArticles.english();
    NlpDocument expected = engine.annotate(a, Set.copyOf(NlpLayer.BUILT_IN));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<NlpDocument>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> engine.annotate(a, Set.copyOf(NlpLayer.BUILT_IN))));
      }
      for (Future<NlpDocument> f : futures) {
        assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(engine.annotateCount()).isEqualTo(65);
    assertThat(engine.requestedLayers()).hasSize(65);
  }
}
