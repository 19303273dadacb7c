package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;
import org.presslens.model.RemovedText;
import org.presslens.model.Section;

class HtmlArticleReaderTest {

  private static Article read(String html) {
    return new HtmlArticleReader().read("page.html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bundledNewsBrief() {
    Article a = ArticleReaders.read(TestData.bundledSample("news-brief.html"));
    assertThat(a.title()).isEqualTo("Central library to open late on Thursdays");
    assertThat(a.authors()).containsExactly("Samuel Osei");
    assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(a.outlet()).isEqualTo("Westbridge Courier");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sections()).extracting(Section::heading).containsExactly(null, "Volunteers wanted");
    assertThat(a.paragraphs()).hasSize(6);
    assertThat(a.text()).startsWith("Westbridge Central Library will stay open")
        .contains("\"A library should be open", "Thursday opening starts on 3 April.")
        .doesNotContain("Tracking text", "font-family", "Sport", "Copyright", "Related:", "reading room",
            "Advertisement", "By Samuel", "Volunteers wanted", "10 March 2025");
    assertThat(a.removed()).contains(new RemovedText("Advertisement", PageFurniture.REASON));
    assertThat(a.removed()).extracting(RemovedText::reason).contains("byline", "title");
  }

  @Test
  void metadataFallbacks() {
    Article a = read("<html><head><title>Plain title - The Outlet</title>"
        + "<meta property=\"og:site_name\" content=\"The Outlet\"><meta name=\"DC.date\" content=\"2021/7/4\"></head>"
        + "<body><div><span class=\"byline\">By Ann Lee and Bo Chan</span>"
        + "<p>Some body text that is long enough.</p><p>More text.</p></div></body></html>");
    assertThat(a.title()).isEqualTo("Plain title");
    assertThat(a.published()).isEqualTo(LocalDate.of(2021, 7, 4));
    assertThat(a.authors()).containsExactly("Ann Lee", "Bo Chan");
    assertThat(a.text()).isEqualTo("Some body text that is long enough.\n\nMore text.");
  }

  @Test
  void titleFromFirstH1AndDateFromTimeElement() {
    Article a = read("<body><h1>Big news</h1><time datetime=\"2020-02-03T10:00\">today</time>"
        + "<section><p>One.</p><p>Two.</p></section><div><p>x</p></div></body>");
    assertThat(a.title()).isEqualTo("Big news");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(a.text()).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void mainElementAndNestedBlocks() {
    Article a = read("<body><nav><p>Menu entry</p></nav><div role=\"main\"><h2>Part one</h2>"
        + "<ul><li><p>Nested paragraph.</p></li><li>Plain item</li></ul><blockquote><p>Quoted.</p></blockquote>"
        + "<h3>Part two</h3><p>Last<br>line.</p></div></body>");
    assertThat(a.sections()).extracting(Section::heading).containsExactly("Part one", "Part two");
    assertThat(a.text()).isEqualTo("Nested paragraph.\n\nPlain item\n\nQuoted.\n\nLast line.");
  }

  @Test
  void declaredCharsetIsUsedForNonUtf8Bytes() {
    String html = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Łódź i Kraków są w Polsce i to jest"
        + " tekst.</p></body></html>";
    Article a = new HtmlArticleReader().read("pl.html", html.getBytes(Charset.forName("ISO-8859-2")));
    assertThat(a.text()).startsWith("Łódź i Kraków");
    assertThat(a.language()).isEqualTo("pl");
  }

  @Test
  void htmlWithoutBodyTextIsRejected() {
    assertThatThrownBy(() -> read("<html><head><title>Only a title</title><script>var x = 1;</script></head>"
        + "<body><nav>Home</nav><footer>Footer</footer></body></html>"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessage("page.html: no body text");
    assertThatThrownBy(() -> read("<p>   </p><p>Advertisement</p>")).hasMessage("page.html: no body text");
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(5000)).append("<p>Deep text at the bottom.</p>").append("</div>".repeat(5000));
    html.append("<blockquote>".repeat(5000)).append("Quoted deep.").append("</blockquote>".repeat(5000));
    html.append("</body></html>");
    Article a = read(html.toString());
    assertThat(a.text()).contains("Deep text at the bottom.");
  }

  @Test
  void entityDecodedControlCharactersAndByteOrderMarksAreDropped() {
    Article a = read("<html><head><title>Ti&#1;tle&#xFEFF;</title></head><body>"
        + "<p>A&#1;b&#x7F;c&#x81;d &#xFEFF;e&#x1B;f.</p><p>Second&#2; paragraph.</p></body></html>");
    assertThat(a.title()).isEqualTo("Title");
    // jsoup decodes &#x81; to U+0081 (a C1 control; most of 0x80-0x9F are windows-1252 references in HTML)
    assertThat(a.text()).isEqualTo("Abcd ef.\n\nSecond paragraph.");
    assertThat(a.paragraphs().get(1).span().of(a.text())).isEqualTo("Second paragraph.");
  }

  @Test
  void entityDecodedLineSeparatorsAreWhiteSpaceInsideAParagraph() {
    Article a = read("<body><p>one&#x2028;&#x2028;two&#x85;three&#x2029;four&#13;&#10;five</p>"
        + "<pre>pre&#x2029;formatted</pre><h2>Head&#x2028;ing</h2><p>Last.</p></body>");
    // &#x85; is a windows-1252 reference in HTML: jsoup gives U+2026, not U+0085
    assertThat(a.text()).isEqualTo("one two\u2026three four five\n\npre formatted\n\nLast.");
    assertThat(a.sections().get(1).heading()).isEqualTo("Head ing");
  }

  @Test
  void entityDecodedLoneSurrogatesBecomeTheReplacementCharacter() {
    Article a = read("<html><head><meta property=\"og:title\" content=\"Title &#xD800; here\">"
        + "<meta name=\"author\" content=\"Ann &#xDC00;Lee\"></head><body><article>"
        + "<p>High &#xD800; pair &#xD83D;&#xDE00; reversed &#xDE00;&#xD83D; end&#xDBFF;</p></article></body></html>");
    assertThat(a.title()).isEqualTo("Title \uFFFD here");
    assertThat(a.authors()).containsExactly("Ann \uFFFDLee");
    assertThat(a.text()).isEqualTo("High \uFFFD pair \uD83D\uDE00 reversed \uFFFD\uFFFD end\uFFFD");
    assertThat(new String(a.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(a.text());
  }
}
