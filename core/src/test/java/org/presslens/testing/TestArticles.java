package org.presslens.testing;

import java.time.LocalDate;
import java.util.List;
import org.presslens.model.Article;
import org.presslens.model.Repair;

/**
 * Small hand-written articles (original text, about invented people and places) built with
 * {@link Article#builder()}. Each call returns a new, equal instance. The language is always set explicitly so the
 * articles do not depend on language detection.
 */
public final class TestArticles {

  private TestArticles() {
  }

  /** English news: two sections of two paragraphs each, with names, an acronym, numbers and sentiment words. */
  public static Article english() {
    return Article.builder()
        .source("test:english")
        .title("Harbour bridge reopens after repairs")
        .authors(List.of("Mara Quill"))
        .outlet("The Test Gazette")
        .published(LocalDate.of(2023, 10, 1))
        .language("en")
        .authorBio("Mara Quill covers transport for the Gazette.")
        .section(null)
        .paragraph("The harbour bridge in Westmoor reopened on Sunday after 14 months of repairs. "
            + "Mayor Ilsa Brandt praised the engineers and called the project a great success.")
        .paragraph("Commuters said the closure had been a terrible time for local shops.")
        .section("Costs")
        .paragraph("The repairs cost 3.5 million pounds, according to the NTA. "
            + "Critics said the budget failed to include the approach roads.")
        .paragraph("Brandt said a review would follow. Was it worth it? Most residents think so!")
        .addRemoved("Advertisement", "furniture")
        .build();
  }

  /** A German-language article ({@code language = "de"}), one paragraph. */
  public static Article german() {
    return Article.builder()
        .source("test:german")
        .title("Neue Brücke in Westmoor")
        .outlet("Testblatt")
        .published(LocalDate.of(2023, 10, 2))
        .language("de")
        .paragraph("Die neue Brücke in Westmoor wurde am Sonntag eröffnet. Bürgermeisterin Ilsa Brandt lobte die"
            + " Arbeiter.")
        .build();
  }

  /** One short English paragraph, no metadata beyond the language. */
  public static Article minimal() {
    return Article.builder()
        .language("en")
        .paragraph("Rain fell on Westmoor.")
        .build();
  }

  /**
   * English text with a glued-words repair: "Westmoorfor" was repaired to "Westmoor for" in the second
   * paragraph.
   */
  public static Article withRepair() {
    String second = "Tolls will fall in Westmoor for the first time since 2019.";
    int begin = second.indexOf("Westmoor for");
    return Article.builder()
        .language("en")
        .title("Tolls to fall")
        .paragraph("The council met on Tuesday.")
        .paragraph(second, List.of(new Repair(begin, begin + "Westmoor for".length(), "Westmoorfor",
            "Westmoor for", Repair.GLUED_WORDS)))
        .build();
  }

  /** English text with chars outside the BMP (an emoji is two UTF-16 units), curly quotes and accents. */
  public static Article unicode() {
    return Article.builder()
        .language("en")
        .paragraph("“We did it,” said Zoë Marlow 🎉 after the vote.")
        .paragraph("The café on Quay Street stayed open.")
        .build();
  }

  /** An article without any text ({@code text = ""}, no sections). */
  public static Article empty() {
    return Article.builder().language("en").title("Nothing here").build();
  }

  /** All the articles above. */
  public static List<Article> all() {
    return List.of(english(), german(), minimal(), withRepair(), unicode(), empty());
  }
}
