package org.presslens.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * A long article is annotated in windows of whole paragraphs and gives what one call per copy gives: the op-ed three
 * times over (about 18,000 chars, two windows or more) yields the op-ed's sentences three times, shifted.
 */
class WindowedAnnotationIT {
  private static final CoreNlpEngine ENGINE = SharedEngine.ENGINE;

  private static Article threeTimes(Article article) {
    Article.Builder b = Article.builder().language("en");
    for (int copy = 0; copy < 3; copy++) {
      for (Paragraph p : article.paragraphs()) {
        b.paragraph(article.text().substring(p.begin(), p.end()));
      }
    }
    return b.build();
  }

  @Test
  void windowsGiveTheSameSentencesTokensAndMentionsAsOneCall() {
    Article one = SharedEngine.opEd();
    NlpDocument single = SharedEngine.opEdDocument();
    Article three = threeTimes(one);
    assertThat(three.text().length()).isGreaterThan(CoreNlpEngine.WINDOW_CHARS);
    assertThat(TextWindows.split(three.text(), CoreNlpEngine.WINDOW_CHARS, CoreNlpEngine.MAX_PARAGRAPH_CHARS))
        .hasSizeGreaterThan(1);

    NlpDocument doc = ENGINE.annotate(three, SharedEngine.NER_AND_SENTIMENT);

    int n = single.sentences().size();
    int shift = one.text().length() + 2;
    assertThat(doc.sentences()).hasSize(3 * n);
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      Sentence expected = single.sentences().get(i % n);
      int offset = (i / n) * shift;
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.begin()).isEqualTo(expected.begin() + offset);
      assertThat(s.end()).isEqualTo(expected.end() + offset);
      assertThat(s.parseCapped()).isEqualTo(expected.parseCapped());
      assertThat(s.sentiment()).isEqualTo(expected.sentiment());
      assertThat(s.tokens()).hasSameSizeAs(expected.tokens());
      for (int t = 0; t < s.tokens().size(); t++) {
        Token got = s.tokens().get(t);
        Token want = expected.tokens().get(t);
        assertThat(got.begin()).isEqualTo(want.begin() + offset);
        assertThat(got.text()).isEqualTo(want.text());
        assertThat(got.pos()).isEqualTo(want.pos());
        assertThat(got.ner()).isEqualTo(want.ner());
      }
    }
    assertThat(doc.mentions()).hasSize(3 * single.mentions().size());
    for (int i = 0; i < doc.mentions().size(); i++) {
      EntityMention m = doc.mentions().get(i);
      EntityMention want = single.mentions().get(i % single.mentions().size());
      int copy = i / single.mentions().size();
      assertThat(m.begin()).isEqualTo(want.begin() + copy * shift);
      assertThat(m.text()).isEqualTo(want.text()).isEqualTo(three.text().substring(m.begin(), m.end()));
      assertThat(m.sentence()).isEqualTo(want.sentence() + copy * n);
      assertThat(m.firstToken()).isEqualTo(want.firstToken());
    }
  }

  @Test
  void anInterruptedThreadStopsBetweenWindows() throws InterruptedException {
    Article three = threeTimes(SharedEngine.opEd());
    SharedEngine.opEdDocument(); // models loaded
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(() -> {
      Thread.currentThread().interrupt();
      try {
        ENGINE.annotate(three, SharedEngine.NER_AND_SENTIMENT);
      } catch (Throwable e) {
        thrown.set(e);
      }
    });
    t.start();
    t.join(120_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(CancellationException.class)
        .hasMessageStartingWith("annotation interrupted after 0 of");
    assertThat(ENGINE.annotate(SharedEngine.opEd(), SharedEngine.NER_AND_SENTIMENT).sentences()).isNotEmpty();
  }
}
