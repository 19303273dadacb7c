package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Repair;
import org.presslens.model.Section;

/**
 * Property-style checks over generated and real inputs, for every reader: a reader either throws
 * {@link ArticleReadException} or returns an article whose spans all lie in its text, whose paragraphs hold no blank
 * line and join to the text, and which survives a JSON round trip unchanged.
 */
class ReaderPropertiesTest {

  private static final String[] WORDS = {
      "the", "council", "voted", "Mayor", "said", "Russiafor", "Jinpingwho", "cooperationas", "tram", "Zoë", "café",
      "naïve", "Łódź", "Москва", "北京", "😀", "𝐀𝐁", "don’t", "co-author", "e-mail", "bbc.co.uk", "£15.8m", "100%",
      "\"quoted\"", "(aside)", "well-known", "budget", "Kremlin", "Pyongyang", "nonproliferation", "filethat",
      "x", "I", "a", "Okaforwho", "Washington", "\u00A0", "\t", "und", "die", "le", "el"};
  private static final String[] LINES = {
      "An advert", "Advertisement", "Read more", "A short heading", "Calculation change", "JOHN Q. PUBLIC*",
      "THE DAILY PLANET", "* Bio of the author.", "date 2024-05-06", "- list item", "1. numbered item", "*", "**",
      "<p>not html</p>", "{", "}"};
  /**
   * What the character mapping leaves out of a text: control characters but newline and tab, U+FEFF, U+2028/9 and
   * unpaired surrogates (a regex reads a surrogate pair as one code point, so only an unpaired one matches).
   */
  private static final Pattern NOT_CLEAN =
      Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\uFEFF\\u2028\\u2029\\uD800-\\uDFFF]");
  /** Numeric character references that decode to characters the readers must clean. */
  private static final String[] ENTITIES = {"&#1;", "&#x1B;", "&#x81;", "&#xFEFF;", "&#x2028;", "&#x2029;",
      "&#13;", "&#xD800;", "&#xDFFF;", "&#xD83D;&#xDE00;"};
  private static final String[] NEWLINES = {"\n", "\r\n", "\r", "\n\n", "\n\n\n", "\r\n\r\n", "\n \n", "\u2029"};

  @Test
  void generatedInputsKeepTheInvariantsForEveryReader() {
    Random random = new Random(20250314L);
    int articles = 0;
    for (int i = 0; i < 300; i++) {
      String text = randomText(random);
      for (ArticleFormat format : List.of(ArticleFormat.SCRAPED, ArticleFormat.TEXT)) {
        articles += check("gen-" + i + "." + format.formatName(), utf8(text), format);
      }
      articles += check("gen-" + i + ".html", utf8(randomHtml(random, text)), ArticleFormat.HTML);
      articles += check("gen-" + i + ".auto", utf8(text), null);
    }
    assertThat(articles).as("most generated inputs yield an article").isGreaterThan(900);
  }

  @Test
  void generatedJsonRoundTrips() {
    Random random = new Random(7L);
    for (int i = 0; i < 200; i++) {
      try {
        Article a = new ScrapedTextReader().read("gen", utf8(randomText(random)));
        String json = PresslensJson.mapper().writeValueAsString(a);
        assertThat(check("gen-" + i + ".json", utf8(json), ArticleFormat.JSON)).isEqualTo(1);
      } catch (ArticleReadException e) {
        // an input without body text: nothing to round-trip
      }
    }
  }

  @Test
  void realInputsKeepTheInvariants() throws Exception {
    List<Path> files = new ArrayList<>(List.of(TestData.sampleOpEd(), TestData.bundledSample("op-ed-tram-line.txt"),
        TestData.bundledSample("news-brief.txt"), TestData.bundledSample("news-brief.html")));
    files.addAll(TestData.webisTextFiles());
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (ArticleFormat format : ArticleFormat.values()) {
        if (format != ArticleFormat.JSON) {
          check(f.toString(), bytes, format);
        }
      }
      check(f.toString(), bytes, null);
    }
    List<Article> bbc = TestData.bbcArticles();
    for (int i = 0; i < bbc.size(); i++) {
      checkArticle(bbc.get(i), i % 8 == 0);
    }
  }

  /** Reads and checks; 1 when an article came out, 0 when the input was rejected. */
  private static int check(String name, byte[] bytes, ArticleFormat format) {
    Article article;
    try {
      article = ArticleReaders.read(name, bytes, Optional.ofNullable(format));
    } catch (ArticleReadException e) {
      assertThat(e.getMessage()).startsWith(name + ": ");
      return 0;
    } catch (RuntimeException e) {
      throw new AssertionError("reader " + format + " failed on " + name + " with " + e + "\n--- input ---\n"
          + new String(bytes, StandardCharsets.UTF_8), e);
    }
    if (format != ArticleFormat.JSON) {
      assertThat(article.source()).isEqualTo(name);
    }
    checkArticle(article);
    return 1;
  }

  static void checkArticle(Article a) {
    checkArticle(a, true);
  }

  /** Checks the invariants with plain comparisons (this runs for thousands of articles). */
  static void checkArticle(Article a, boolean roundTrip) {
    String text = a.text();
    int length = text.length();
    List<String> paragraphTexts = new ArrayList<>();
    for (Section s : a.sections()) {
      require(0 <= s.begin() && s.begin() <= s.end() && s.end() <= length, a, "section " + s + " outside the text");
      for (Paragraph p : s.paragraphs()) {
        require(s.begin() <= p.begin() && p.begin() <= p.end() && p.end() <= s.end(), a, "paragraph " + p);
        String pt = text.substring(p.begin(), p.end());
        require(!pt.contains("\n\n") && !pt.isBlank() && pt.equals(pt.strip()), a, "paragraph text '" + pt + "'");
        paragraphTexts.add(pt);
      }
      require(s.heading() == null || !s.heading().isBlank() && !s.heading().contains("\n"), a, "heading");
    }
    require(String.join(Article.PARAGRAPH_SEPARATOR, paragraphTexts).equals(text), a,
        "paragraphs do not join to the text");
    for (Repair r : a.repairs()) {
      require(0 <= r.begin() && r.begin() <= r.end() && r.end() <= length, a, "repair " + r + " outside the text");
      require(text.substring(r.begin(), r.end()).equals(r.replacement()), a, "repair " + r + " does not match");
      if (Repair.CONTROL_CHARACTERS.equals(r.kind())) {
        require(r.begin() == r.end() && !r.original().isEmpty() && r.original().chars()
            .allMatch(c -> Character.getType(c) == Character.CONTROL), a, "repair " + r + " is not a dropped control");
      } else {
        require(r.replacement().replace(" ", "").equals(r.original()), a, "repair " + r + " is not a split");
      }
    }
    require(!NOT_CLEAN.matcher(text).find(), a, "control character, U+FEFF, U+2028/9 or lone surrogate in the text");
    if (!roundTrip) {
      return;
    }
    String json = PresslensJson.mapper().writeValueAsString(a);
    Article back;
    try {
      back = new JsonArticleReader().read(a.source() + ".json", utf8(json));
    } catch (ArticleReadException e) {
      fail("JSON of " + a.source() + " does not read back: " + e.getMessage());
      return;
    }
    require(back.equals(a), a, "JSON round trip changed the article");
  }

  private static void require(boolean condition, Article a, String problem) {
    if (!condition) {
      fail(a.source() + ": " + problem + "\n--- text ---\n" + a.text());
    }
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(3) == 0) {
      sb.append(random.nextBoolean() ? " " : "").append("date 2023-10-0").append(1 + random.nextInt(9)).append(' ');
    }
    int blocks = random.nextInt(8);
    for (int b = 0; b < blocks; b++) {
      if (random.nextInt(4) == 0) {
        sb.append(LINES[random.nextInt(LINES.length)]);
      } else {
        int words = 1 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
          sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(6) == 0 ? "" : " ");
          if (random.nextInt(15) == 0) {
            sb.append(random.nextBoolean() ? "\n" : ". ");
          }
          if (random.nextInt(60) == 0) {
            sb.append((char) random.nextInt(32));
          }
        }
      }
      sb.append(NEWLINES[random.nextInt(NEWLINES.length)]);
    }
    return sb.toString();
  }

  private static String randomHtml(Random random, String text) {
    StringBuilder sb = new StringBuilder("<html><head><title>T</title><script>var s = '<p>no</p>';</script></head><body>");
    String[] tags = {"p", "li", "blockquote", "h2", "h3", "div", "span", "article", "nav", "td", "pre"};
    for (String part : text.split("\n")) {
      String tag = tags[random.nextInt(tags.length)];
      int depth = random.nextInt(4);
      sb.append("<div>".repeat(depth)).append('<').append(tag).append('>')
          .append(part.replace("&", "&amp;").replace("<", "&lt;"))
          .append(random.nextInt(3) == 0 ? ENTITIES[random.nextInt(ENTITIES.length)] : "")
          .append("</").append(tag).append('>').append("</div>".repeat(depth));
    }
    return sb.append("</body></html>").toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
