package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;

class PlainTextReaderTest {

  private static Article read(String text) {
    return new PlainTextReader().read("mem.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void allBbcFilesRead() {
    List<Path> files = TestData.bbcFiles();
    List<Article> articles = TestData.bbcArticles();
    assertThat(files).hasSize(2225);
    for (int i = 0; i < files.size(); i++) {
      Article a = articles.get(i);
      assertThat(a.source()).isEqualTo(files.get(i).toString());
      assertThat(a.title()).as(a.source()).isNotBlank();
      assertThat(a.text()).as(a.source()).isNotBlank().doesNotStartWith(a.title()).doesNotContain("\r", "\uFFFD");
      assertThat(a.sections()).as(a.source()).hasSize(1);
      assertThat(a.sections().get(0).heading()).isNull();
      assertThat(a.paragraphs()).as(a.source()).isNotEmpty();
    }
  }

  @Test
  void firstBbcBusinessArticle() {
    Article a = ArticleReaders.read(TestData.shared("articles/bbc/business/001.txt"));
    assertThat(a.title()).isEqualTo("Ad sales boost Time Warner profit");
    assertThat(a.text()).contains("TimeWarner").contains("£");
    assertThat(a.repairs()).isEmpty();
  }

  @Test
  void bbcListLinesBecomeSeparateParagraphs() {
    Article a = TestData.bbcArticles().get(TestData.bbcFiles().indexOf(TestData.shared("articles/bbc/tech/208.txt")));
    assertThat(a.paragraphs()).allSatisfy(p -> assertThat(a.text().substring(p.begin(), p.end())).doesNotContain("\n"));
    long items = a.paragraphs().stream().filter(p -> a.text().startsWith("- ", p.begin())).count();
    assertThat(items).isGreaterThanOrEqualTo(2);
  }

  @Test
  void allWebisTextFilesRead() {
    List<Article> articles = TestData.webisArticles();
    assertThat(articles).hasSize(66);
    assertThat(articles).allSatisfy(a -> {
      assertThat(a.title()).isNotBlank();
      assertThat(a.paragraphs()).isNotEmpty();
      assertThat(a.language()).isEqualTo("en");
    });
  }

  @Test
  void bundledNewsBrief() {
    Article a = ArticleReaders.read(TestData.bundledSample("news-brief.txt"));
    assertThat(a.title()).isEqualTo("Harbour ferry returns after winter repairs");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.authors()).isEmpty();
    assertThat(a.text()).startsWith("The Westbridge harbour ferry").endsWith("Sunday evening.");
  }

  @Test
  void titleAndHardWrappedParagraphs() {
    Article a = read("\n\n  A title  \nfirst line of body\ncontinued\n\n\n\nSecond\tparagraph   here.\n");
    assertThat(a.title()).isEqualTo("A title");
    assertThat(a.text()).isEqualTo("first line of body continued\n\nSecond paragraph here.");
  }

  @Test
  void aSingleLineIsBodyWithoutTitle() {
    Article a = read("Only one line of text here.");
    assertThat(a.title()).isNull();
    assertThat(a.text()).isEqualTo("Only one line of text here.");
  }

  @Test
  void aLoneLineWithControlNoiseIsStillBody() {
    Article a = read("Title line\n\n\u0007\n");
    assertThat(a.title()).isNull();
    assertThat(a.text()).isEqualTo("Title line");
  }
}
