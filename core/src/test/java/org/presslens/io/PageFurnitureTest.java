package org.presslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.presslens.model.Article;

class PageFurnitureTest {

  @Test
  void callsToActionAreFurnitureByShapeNotByList() {
    assertThat(PageFurniture.isFurniture("CLICK HERE TO FOLLOW MARGARET ON TWITTER FOR MORE GARDENING TALK!")).isTrue();
    assertThat(PageFurniture.isFurniture("Follow Dev Patel on Instagram @devwrites")).isTrue();
    assertThat(PageFurniture.isFurniture("Sign up to our weekly newsletter for the best of the week's opinion.")).isTrue();
    assertThat(PageFurniture.isFurniture("Like us on Facebook")).isTrue();
    assertThat(PageFurniture.isFurniture("Don't forget to subscribe to the podcast.")).isTrue();
    assertThat(PageFurniture.isFurniture("Share this column with a friend via email.")).isFalse(); // no channel word
    assertThat(PageFurniture.isFurniture("Share this column on WhatsApp")).isTrue();
  }

  @Test
  void proseWithTheSameVerbsStays() {
    assertThat(PageFurniture.isFurniture("Follow the money.")).isFalse();
    assertThat(PageFurniture.isFurniture("Like many on Twitter, I was appalled by the council's decision.")).isFalse();
    assertThat(PageFurniture.isFurniture("Share prices fell after the firm's Facebook page went dark.")).isFalse();
    assertThat(PageFurniture.isFurniture("Read the report and you will see the problem here.")).isFalse();
    assertThat(PageFurniture.isFurniture("Sign the petition if you must, but nobody at the ministry will read it"
        + " and nobody on the council will follow it up on any page of the budget.")).isFalse();
    assertThat(PageFurniture.isFurniture("Subscribers to the paper's newsletter were told on Tuesday that the"
        + " printed edition would close after ninety years of weekly publication in the town.")).isFalse();
  }

  @Test
  void plainTextReaderRemovesAndReportsThem() {
    String text = "A fine title\n\nThe first paragraph says something.\n\nCLICK HERE TO FOLLOW SAM ON FACEBOOK!\n\n"
        + "Advertisement\n\nThe last paragraph says something else.\n";
    Article a = new PlainTextReader().read("t.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(a.text()).doesNotContain("CLICK").doesNotContain("Advertisement").contains("something else");
    assertThat(a.removed()).extracting(r -> r.text())
        .containsExactly("CLICK HERE TO FOLLOW SAM ON FACEBOOK!", "Advertisement");
    assertThat(a.removed()).allSatisfy(r -> assertThat(r.reason()).isEqualTo(PageFurniture.REASON));
  }
}
