package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.model.RemovedText;
import org.presslens.model.Repair;
import org.presslens.report.AnalysisReport;
import tools.jackson.databind.node.ObjectNode;

class JsonArticleReaderTest {

  private static Article readJson(String json) {
    return new JsonArticleReader().read("in.json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static String write(Object value) {
    return PresslensJson.mapper().writeValueAsString(value);
  }

  @Test
  void roundTripsTheSampleOpEdExactly() {
    Article article = ArticleReaders.read(TestData.sampleOpEd());
    String json = write(article);
    Article back = ArticleReaders.read("copy.json", json.getBytes(StandardCharsets.UTF_8), Optional.empty());
    assertThat(back).isEqualTo(article);
    assertThat(back.source()).isEqualTo(article.source());
    String pretty = PresslensJson.pretty().writeValueAsString(article);
    assertThat(readJson(pretty)).isEqualTo(article);
  }

  @Test
  void missingIdAndLanguageAreDerived() {
    Article a = readJson("{\"text\": \"The council voted on the plan and the mayor said that it was a good day.\"}");
    assertThat(a.id()).isEqualTo(Article.idOf(a.text()));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.sections()).isEmpty();
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void readsTheArticleOfAReport() {
    Article article = Article.builder().source("s").title("T").paragraph("Hello there, this is a report text.").build();
    AnalysisReport report = new AnalysisReport(AnalysisReport.SCHEMA_VERSION, article, Map.of(), List.of(), Map.of());
    assertThat(readJson(write(report))).isEqualTo(article);
  }

  @Test
  void malformedJsonNamesInputAndLocation() {
    assertThatThrownBy(() -> readJson("{\n  \"text\": \"abc\",\n  \"title\": }"))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageStartingWith("in.json: invalid JSON: ")
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> readJson("[1, 2]")).hasMessageStartingWith("in.json: expected a JSON object");
    assertThatThrownBy(() -> readJson("{\"title\": \"no text\"}")).hasMessageContaining("\"text\"");
  }

  @Test
  void violatedSpanInvariantsAreReported() {
    Article article = Article.builder().paragraph("Short text.").build();
    ObjectNode node = PresslensJson.mapper().valueToTree(article);
    ((ObjectNode) node.get("sections").get(0)).put("end", 999);
    assertThatThrownBy(() -> readJson(write(node)))
        .isInstanceOf(ArticleReadException.class)
        .hasMessageStartingWith("in.json: invalid article JSON: ")
        .hasMessageContaining("999");
  }

  @Test
  void jsonIsNeverRepaired() {
    Article article = Article.builder().paragraph("The minister Russiafor example.").build();
    assertThat(readJson(write(article)).text()).contains("Russiafor");
  }

  @Test
  void stringValuesAreCleanedAndSpansMoveWithTheText() {
    // raw text: "A\u0001b \ud800 c." [0, 8), "\n\n", "Second\r\n para graph Russia for." [10, 41)
    Article a = readJson("""
        {"title": "Ti\\u0001tle \\ud800", "authors": ["Ann\\u0007 Lee"], "outlet": "Out\\ufefflet",
         "authorBio": "Writes\\u2028often.",
         "text": "A\\u0001b \\ud800 c.\\n\\nSecond\\r\\n para graph Russia for.",
         "sections": [{"heading": null, "begin": 0, "end": 8, "paragraphs": [{"begin": 0, "end": 8}]},
                      {"heading": "Head\\u0085ing", "begin": 10, "end": 41, "paragraphs": [{"begin": 10, "end": 41}]}],
         "repairs": [{"begin": 30, "end": 40, "original": "Russia\\u0001for", "replacement": "Russia for",
                      "kind": "GLUED_WORDS"}],
         "removed": [{"text": "By\\u0001 Ann", "reason": "byline"}]}""");
    assertThat(a.text()).isEqualTo("Ab \uFFFD c.\n\nSecond\n para graph Russia for.");
    assertThat(a.paragraphs()).extracting(p -> p.span().of(a.text()))
        .containsExactly("Ab \uFFFD c.", "Second\n para graph Russia for.");
    assertThat(a.sections().get(1).heading()).isEqualTo("Head\ning");
    Repair repair = a.repairs().get(0);
    assertThat(a.text().substring(repair.begin(), repair.end())).isEqualTo("Russia for");
    assertThat(repair.original()).isEqualTo("Russiafor");
    assertThat(a.title()).isEqualTo("Title \uFFFD");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.outlet()).isEqualTo("Outlet");
    assertThat(a.authorBio()).isEqualTo("Writes\noften.");
    assertThat(a.removed()).containsExactly(new RemovedText("By Ann", "byline"));
    assertThat(a.id()).isEqualTo(Article.idOf(a.text()));
    assertThat(readJson(write(a))).as("the clean article written and read again").isEqualTo(a);
  }

  @Test
  void aTextWithoutSpansKeepsItsLineBreaks() {
    assertThat(readJson("{\"text\": \"One\\u2028two\\r\\nthree\\u2029four\\u0001.\"}").text())
        .isEqualTo("One\ntwo\nthree\n\nfour.");
  }

  @Test
  void lineBreaksTheCleaningWouldMakeABlankLineInAParagraphBecomeSpaces() {
    Article a = readJson("""
        {"text": "One\\u2028\\u2028two\\u2029three\\n\\u0001\\nfour\\nfive.",
         "sections": [{"heading": null, "begin": 0, "end": 27, "paragraphs": [{"begin": 0, "end": 27}]}]}""");
    assertThat(a.text()).isEqualTo("One  two  three  four\nfive.");
    assertThat(a.paragraphs()).extracting(p -> p.span().of(a.text())).containsExactly(a.text());
  }

  @Test
  void anIdDerivedFromTheTextIsDerivedAgainAndAnExplicitIdIsKept() {
    String raw = "Some text\u0001 here.";
    String derived = Article.idOf(raw);
    assertThat(readJson("{\"id\": \"" + derived + "\", \"text\": \"Some text\\u0001 here.\"}").id())
        .isEqualTo(Article.idOf("Some text here."));
    assertThat(readJson("{\"text\": \"Some text\\u0001 here.\"}").id()).isEqualTo(Article.idOf("Some text here."));
    assertThat(readJson("{\"id\": \"mine\", \"text\": \"Some text\\u0001 here.\"}").id()).isEqualTo("mine");
  }

  @Test
  void namesOnlyHaveTheirLoneSurrogatesReplaced() {
    Article a = readJson("{\"source\": \"in\\u0001put\\ud800.txt\", \"id\": \"id\\u2028\", "
        + "\"language\": \"en\", \"text\": \"Text.\"}");
    assertThat(a.source()).isEqualTo("in\u0001put\uFFFD.txt");
    assertThat(a.id()).isEqualTo("id\u2028");
  }
}
