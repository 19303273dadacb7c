package org.presslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.Voice;
import org.presslens.model.Article;
import org.presslens.model.Span;

/**
 * {@link QuoteSpans}: the quotations found, and {@link QuoteSpans#quotedChars} / {@link QuoteSpans#voiceOf} (a binary
 * search over the quotations) against their definition, a sum over every quotation, on random quoted texts.
 */
class QuoteSpansTest {

  private static final String[] PIECES = {"The mayor said", "\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "it",
      "would", "work.", "\"We will build it,\"", "she said.", "\u201CNo\u201D", "'not this'", "tram", "\n"};

  @Test
  void findsQuotationsWithinParagraphs() {
    Article a = Article.builder().language("en")
        .paragraph("He said \"we will\" and \u201Cthey won\u2019t\u201D, \u00ABoui\u00BB.")
        .paragraph("\"An unclosed quotation runs on")
        .paragraph("None 'here'.").build();
    QuoteSpans quotes = QuoteSpans.of(a);
    assertThat(quotes.spans()).extracting(s -> s.of(a.text()))
        .containsExactly("\"we will\"", "\u201Cthey won\u2019t\u201D", "\u00ABoui\u00BB",
            "\"An unclosed quotation runs on");
    Span said = new Span(0, 7);
    assertThat(quotes.quotedChars(said)).isZero();
    assertThat(quotes.voiceOf(said)).isEqualTo(Voice.AUTHOR);
    Span quoted = quotes.spans().get(0);
    assertThat(quotes.quotedChars(quoted)).isEqualTo(quoted.length());
    assertThat(quotes.voiceOf(quoted)).isEqualTo(Voice.QUOTED);
    assertThat(quotes.voiceOf(new Span(quoted.begin(), quoted.begin()))).isEqualTo(Voice.AUTHOR);
  }

  @Test
  void quotedCharsAndVoiceAreThoseOfTheSumOverEveryQuotation() {
    Random random = new Random(42L);
    int quotedSpans = 0;
    for (int round = 0; round < 300; round++) {
      Article a = randomArticle(random);
      QuoteSpans quotes = QuoteSpans.of(a);
      List<Span> spans = quotes.spans();
      int length = a.text().length();
      for (int q = 0; q < 80; q++) {
        int b = random.nextInt(length + 1);
        Span span = new Span(b, Math.min(length, b + random.nextInt(30)));
        int expected = 0;
        for (Span s : spans) {
          if (s.overlaps(span)) {
            expected += Math.min(s.end(), span.end()) - Math.max(s.begin(), span.begin());
          }
        }
        assertThat(quotes.quotedChars(span)).as("%s in %s", span, a.text()).isEqualTo(expected);
        Voice voice = span.length() > 0 && expected * 2 > span.length() ? Voice.QUOTED : Voice.AUTHOR;
        assertThat(quotes.voiceOf(span)).isEqualTo(voice);
        quotedSpans += voice == Voice.QUOTED ? 1 : 0;
      }
    }
    assertThat(quotedSpans).as("some spans are quoted").isGreaterThan(1_000);
  }

  private static Article randomArticle(Random random) {
    Article.Builder b = Article.builder().language("en");
    int paragraphs = 1 + random.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder sb = new StringBuilder("P");
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        boolean lineBreak = piece.equals("\n") && sb.charAt(sb.length() - 1) != '\n';
        sb.append(lineBreak ? "\n" : " " + piece);
      }
      b.paragraph(sb.toString());
    }
    return b.build();
  }
}
