package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;
import org.presslens.spi.Config;

/** The engine on real text, with real models; all tests share {@link SharedEngine#ENGINE}. */
class CoreNlpEngineIT {
  private static final CoreNlpEngine ENGINE = SharedEngine.ENGINE;

  private static Article article(String... paragraphs) {
    Article.Builder b = Article.builder().language("en");
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    return b.build();
  }

  @Test
  void offsetsAreValidForEveryTokenSentenceAndMention() {
    Article article = SharedEngine.opEd();
    NlpDocument doc = SharedEngine.opEdDocument();
    String text = article.text();

    assertThat(doc.sentences()).hasSizeGreaterThan(30);
    int previousEnd = 0;
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.tokens()).isNotEmpty();
      assertThat(s.begin()).isGreaterThanOrEqualTo(previousEnd).isEqualTo(s.tokens().get(0).begin());
      assertThat(s.end()).isLessThanOrEqualTo(text.length()).isEqualTo(s.tokens().get(s.tokens().size() - 1).end());
      int tokenEnd = s.begin();
      for (Token t : s.tokens()) {
        assertThat(t.begin()).isGreaterThanOrEqualTo(tokenEnd);
        assertThat(t.end()).isGreaterThan(t.begin());
        assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.text());
        assertThat(t.pos()).isNotBlank();
        assertThat(t.lemma()).isNotBlank();
        assertThat(t.ner()).isNotBlank();
        tokenEnd = t.end();
      }
      previousEnd = s.end();
    }
    assertThat(doc.mentions()).isNotEmpty();
    for (EntityMention m : doc.mentions()) {
      assertThat(text.substring(m.begin(), m.end())).isEqualTo(m.text());
      Sentence s = doc.sentences().get(m.sentence());
      assertThat(m.firstToken()).isGreaterThanOrEqualTo(0).isLessThan(m.endToken());
      assertThat(m.endToken()).isLessThanOrEqualTo(s.tokens().size());
      assertThat(s.tokens().get(m.firstToken()).begin()).isEqualTo(m.begin());
      assertThat(s.tokens().get(m.endToken() - 1).end()).isEqualTo(m.end());
    }
  }

  @Test
  void noSentenceCrossesAParagraphBoundary() {
    Article article = SharedEngine.opEd();
    NlpDocument doc = ENGINE.annotate(article, Set.of(NlpLayer.TOKENS));
    List<Paragraph> paragraphs = article.paragraphs();
    assertThat(paragraphs).hasSizeGreaterThan(10);
    for (Sentence s : doc.sentences()) {
      assertThat(article.text().substring(s.begin(), s.end())).doesNotContain("\n\n");
      assertThat(paragraphs).as("a paragraph holding sentence %d", s.index())
          .anySatisfy(p -> assertThat(s.begin() >= p.begin() && s.end() <= p.end()).isTrue());
    }
    // Headings and the byline are paragraphs of their own: each is a sentence of its own.
    assertThat(doc.sentences()).extracting(s -> article.text().substring(s.begin(), s.end()))
        .contains("A limited relationship", "Calculation change", "An advert");
  }

  @Test
  void paragraphBreaksWinOverAbbreviationsQuotesAndBrackets() {
    Article article = article("He lives in the U.S.", "Next paragraph.", "See (this", "and that) now.",
        "He said \u201cHello", "world\u201d and left.", "Mr.", "Smith came.", "A heading", "Body text.");
    NlpDocument doc = ENGINE.annotate(article, Set.of(NlpLayer.TOKENS));
    assertThat(doc.sentences()).extracting(s -> article.text().substring(s.begin(), s.end()))
        .containsExactly("He lives in the U.S.", "Next paragraph.", "See (this", "and that) now.",
            "He said \u201cHello", "world\u201d and left.", "Mr.", "Smith came.", "A heading", "Body text.");
  }

  @Test
  void nerFindsThePeopleAndTheSovietUnionAsOneLocation() {
    NlpDocument doc = SharedEngine.opEdDocument();
    assertThat(doc.mentions()).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("Kim Jong-un");
      assertThat(m.type()).isEqualTo("PERSON");
    });
    assertThat(doc.mentions()).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("Vladimir Putin");
      assertThat(m.type()).isEqualTo("PERSON");
    });
    assertThat(doc.mentions()).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("Soviet Union");
      assertThat(m.type()).isEqualTo("LOCATION");
    });
    assertThat(doc.mentions()).noneSatisfy(m -> assertThat(m.text()).isIn("Soviet", "Union"));
    // Pronouns are not named-entity mentions.
    assertThat(doc.mentions()).extracting(EntityMention::text).doesNotContain("he", "his", "him");
    for (EntityMention m : doc.mentions()) {
      List<Token> tokens = doc.sentences().get(m.sentence()).tokens().subList(m.firstToken(), m.endToken());
      assertThat(tokens).extracting(Token::ner).containsOnly(m.type());
    }
  }

  @Test
  void everyParsedSentenceHasAFiveClassDistributionOnEveryNode() {
    NlpDocument doc = SharedEngine.opEdDocument();
    assertThat(doc.layers()).containsExactlyInAnyOrderElementsOf(NlpLayer.BUILT_IN);
    assertThat(doc.sentences()).allSatisfy(s -> {
      assertThat(s.parseCapped()).isFalse(); // no sentence of the op-ed is over the default cap
      assertThat(s.parse()).isNotNull();
      assertThat(s.sentiment()).isNotNull().isEqualTo(s.parse().sentiment());
      assertThat(s.sentiment().probabilities()).hasSize(5).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
      assertThat(s.sentiment().probabilities().stream().mapToDouble(Double::doubleValue).sum())
          .isCloseTo(1.0, within(1e-6));
      assertThat(s.parse().firstToken()).isZero();
      assertThat(s.parse().endToken()).isEqualTo(s.tokens().size());
      List<ParseNode> leaves = new ArrayList<>();
      checkNode(s.parse(), leaves);
      assertThat(leaves).extracting(ParseNode::label)
          .containsExactlyElementsOf(s.tokens().stream().map(Token::pos).toList());
    });
  }

  private static void checkNode(ParseNode node, List<ParseNode> leaves) {
    assertThat(node.sentiment()).as("sentiment of %s", node.label()).isNotNull();
    if (node.isLeaf()) {
      assertThat(node.endToken()).isEqualTo(node.firstToken() + 1);
      assertThat(node.firstToken()).isEqualTo(leaves.size());
      leaves.add(node);
      return;
    }
    assertThat(node.children().get(0).firstToken()).isEqualTo(node.firstToken());
    assertThat(node.children().get(node.children().size() - 1).endToken()).isEqualTo(node.endToken());
    node.children().forEach(c -> checkNode(c, leaves));
  }

  @Test
  void aVeryLongSentenceIsCutIntoBoundedPiecesThatReturnQuicklyUnparsed() {
    String[] words = "the committee said that leaders in the region would meet again and talk about trade and"
        .split(" ");
    StringBuilder longSentence = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      longSentence.append(i == 0 ? "" : " ").append(words[i % words.length]);
    }
    Article article = article("Putin met Kim in Russia.", longSentence.toString(), "It was a short visit.");
    ENGINE.annotate(article("Putin met Kim."), SharedEngine.NER_AND_SENTIMENT); // the timeout is the annotation's

    NlpDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ENGINE.annotate(article, SharedEngine.NER_AND_SENTIMENT));

    List<Sentence> sentences = doc.sentences();
    List<Sentence> pieces = sentences.subList(1, sentences.size() - 1);
    // the run-on (about 24,000 chars without a sentence end) is cut into pieces of at most MAX_RUN_CHARS chars
    assertThat(pieces).hasSizeBetween(12, 14);
    assertThat(pieces.stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(5000);
    assertThat(pieces.get(0).begin()).isEqualTo(article.paragraphs().get(1).begin());
    assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(article.paragraphs().get(1).end());
    for (Sentence piece : pieces) {
      assertThat(piece.end() - piece.begin()).isLessThanOrEqualTo(CoreNlpEngine.MAX_RUN_CHARS);
      assertThat(piece.tokens()).allSatisfy(t -> assertThat(t.pos()).isNotNull());
    }
    for (Sentence capped : pieces.subList(0, pieces.size() - 1)) {
      assertThat(capped.parseCapped()).isTrue();
      assertThat(capped.parse()).isNull();
      assertThat(capped.sentiment()).isNull();
    }
    for (Sentence s : List.of(sentences.get(0), sentences.get(sentences.size() - 1))) {
      assertThat(s.parseCapped()).isFalse();
      assertThat(s.parse()).isNotNull();
      assertThat(s.sentiment()).isNotNull();
    }
  }

  @Test
  void sentencesOverTheCapAreNotParsedAndTheCapIsAnOption() {
    CoreNlpEngineProvider provider = new CoreNlpEngineProvider();
    CoreNlpEngine smallCap = provider.create(Config.parse("nlp", provider.options(), Map.of("parseMaxTokens", "5")));
    Article article = article("Putin met Kim.", "Putin met Kim in the far east of Russia last week.");
    NlpDocument doc = smallCap.annotate(article, Set.of(NlpLayer.SENTIMENT));
    assertThat(doc.sentences()).extracting(Sentence::parseCapped).containsExactly(false, true);
    assertThat(doc.sentences().get(0).sentiment()).isNotNull();
    assertThat(doc.sentences().get(1).parse()).isNull();
    assertThat(doc.sentences().get(1).sentiment()).isNull();
  }

  @Test
  void eachAnnotateIsExactlyOneCoreNlpCall() {
    Article article = SharedEngine.opEd();
    SharedEngine.opEdDocument(); // pipelines loaded
    long before = ENGINE.annotateCalls();
    ENGINE.annotate(article, SharedEngine.NER_AND_SENTIMENT);
    assertThat(ENGINE.annotateCalls()).isEqualTo(before + 1);
    ENGINE.annotate(article, Set.of(NlpLayer.TOKENS));
    assertThat(ENGINE.annotateCalls()).isEqualTo(before + 2);
    ENGINE.annotate(article, Set.of());
    assertThat(ENGINE.annotateCalls()).isEqualTo(before + 2);
  }

  @Test
  void tokensOnlyLoadsNoTaggerNerOrParser() {
    CoreNlpEngine fresh = new CoreNlpEngineProvider().createDefault();
    NlpDocument doc = fresh.annotate(article("Vladimir Putin met Kim Jong-un.", "Then he left."),
        Set.of(NlpLayer.TOKENS));
    assertThat(fresh.loadedAnnotatorSets()).containsExactly("tokenize");
    assertThat(fresh.annotateCalls()).isEqualTo(1);
    assertThat(doc.layers()).containsExactly(NlpLayer.TOKENS);
    assertThat(doc.mentions()).isEmpty();
    assertThat(doc.sentences()).hasSize(2).allSatisfy(s -> {
      assertThat(s.parse()).isNull();
      assertThat(s.sentiment()).isNull();
      assertThat(s.parseCapped()).isFalse();
      assertThat(s.tokens()).allSatisfy(t -> {
        assertThat(t.pos()).isNull();
        assertThat(t.lemma()).isNull();
        assertThat(t.ner()).isNull();
      });
    });
  }

  @Test
  void layersAreClosedAndUnrequestedTagsStayNull() {
    Article article = article("The unscrupulous regime could sell the weapons to anyone.");
    NlpDocument doc = ENGINE.annotate(article, Set.of(NlpLayer.SENTIMENT));
    assertThat(doc.layers())
        .containsExactlyInAnyOrder(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.PARSE, NlpLayer.SENTIMENT);
    assertThat(doc.mentions()).isEmpty();
    Sentence s = doc.sentences().get(0);
    assertThat(s.sentiment()).isNotNull();
    assertThat(s.tokens()).allSatisfy(t -> {
      assertThat(t.pos()).isNotNull();
      assertThat(t.lemma()).isNull();
      assertThat(t.ner()).isNull();
    });
    NlpDocument parsed = ENGINE.annotate(article, Set.of(NlpLayer.PARSE));
    assertThat(parsed.sentences().get(0).parse()).isNotNull();
    assertThat(parsed.sentences().get(0).parse().sentiment()).isNull();
    assertThat(parsed.sentences().get(0).sentiment()).isNull();
    assertThat(ENGINE.loadedAnnotatorSets())
        .contains("tokenize,pos,parse,sentiment", "tokenize,pos,parse");
  }

  @Test
  void concurrentCallsGiveTheSameDocument() throws Exception {
    Article article = SharedEngine.opEd();
    NlpDocument expected = SharedEngine.opEdDocument();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<NlpDocument>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(pool.submit(() -> ENGINE.annotate(article, SharedEngine.NER_AND_SENTIMENT)));
      }
      for (Future<NlpDocument> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
