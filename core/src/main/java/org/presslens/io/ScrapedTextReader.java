package org.presslens.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.presslens.model.Article;

/**
 * Reads the raw scraped form of an opinion piece: blocks separated by blank lines where
 * <ul>
 *   <li>a leading {@code date YYYY-MM-DD}, glued to the first paragraph, is the publication date;</li>
 *   <li>a short line alone (few words, capitalised, no closing period) is a section heading;</li>
 *   <li>a {@link PageFurniture} line ("An advert") is dropped;</li>
 *   <li>a line in capitals ending in "*" is the byline ("NINA L. KHRUSHCHEVA*" gives the author "Nina L.
 *       Khrushcheva"), and a short line in capitals right after it is the outlet;</li>
 *   <li>a block starting with "*" after the byline (or as the last block) is the author-bio footnote.</li>
 * </ul>
 * Everything taken out of the body is reported in {@link Article#removed()}. The scraped form has no title.
 */
public final class ScrapedTextReader implements ArticleReader {

  private final ReaderOptions options;

  /** A reader with the given options. */
  public ScrapedTextReader(ReaderOptions options) {
    this.options = options;
  }

  /** A reader with {@link ReaderOptions#DEFAULT}. */
  public ScrapedTextReader() {
    this(ReaderOptions.DEFAULT);
  }

  @Override
  public String name() {
    return ArticleFormat.SCRAPED.formatName();
  }

  @Override
  public Article read(String source, byte[] content) {
    InputDecoder.Cleaned decoded = InputDecoder.decodeTracked(source, content);
    String text = decoded.text();
    Article.Builder builder = Article.builder().source(source);
    Optional<LocalDate> published = ScrapedMarkers.leadingDate(text);
    if (published.isPresent()) {
      Matcher date = ScrapedMarkers.DATE.matcher(text);
      date.find();
      builder.published(published.get()).addRemoved(date.group().strip(), "date");
      text = text.substring(date.end());
    }
    List<List<String>> blocks = TextBlocks.blocks(text);
    BodyAssembler body = new BodyAssembler();
    List<String> authors = new ArrayList<>();
    StringBuilder bio = new StringBuilder();
    boolean afterByline = false;
    for (int b = 0; b < blocks.size(); b++) {
      List<String> lines = blocks.get(b);
      String first = lines.get(0);
      boolean single = lines.size() == 1;
      List<String> byline = single ? ScrapedMarkers.bylineAuthors(first) : List.of();
      Matcher bioMatch = ScrapedMarkers.BIO.matcher(String.join(" ", lines));
      if (!byline.isEmpty()) {
        authors.addAll(byline);
        builder.addRemoved(first, "byline");
        afterByline = true;
        continue;
      }
      if (afterByline && single && ScrapedMarkers.isCapitalsLine(first)) {
        builder.outlet(ScrapedMarkers.outletCase(first)).addRemoved(first, "outlet");
        afterByline = false;
        continue;
      }
      afterByline = false;
      boolean bioPlace = !authors.isEmpty() || b == blocks.size() - 1;
      if (bioPlace && bioMatch.matches() && bioMatch.group(1).chars().anyMatch(Character::isLetter)) {
        bio.append(bio.length() > 0 ? " " : "").append(bioMatch.group(1).strip());
        builder.addRemoved(String.join(" ", lines), "author bio");
      } else if (single && PageFurniture.isFurniture(first)) {
        builder.addRemoved(first, PageFurniture.REASON);
      } else if (single && ScrapedMarkers.isHeading(first) && paragraphFollows(blocks, b + 1)) {
        body.heading(first);
      } else {
        TextBlocks.paragraphs(lines).forEach(body::paragraph);
      }
    }
    builder.authors(authors);
    if (bio.length() > 0) {
      builder.authorBio(bio.toString());
    }
    return ControlCharacterRepairs.addTo(body.addTo(builder, source, options).build(), decoded.text(),
        decoded.drops());
  }

  /** Whether a body paragraph (not furniture, byline or bio) comes at or after block {@code from}. */
  private static boolean paragraphFollows(List<List<String>> blocks, int from) {
    for (int b = from; b < blocks.size(); b++) {
      List<String> lines = blocks.get(b);
      String first = lines.get(0);
      if (lines.size() == 1 && (PageFurniture.isFurniture(first) || ScrapedMarkers.isHeading(first))) {
        continue;
      }
      return lines.size() > 1 || ScrapedMarkers.bylineAuthors(first).isEmpty()
          && !ScrapedMarkers.BIO.matcher(first).matches();
    }
    return false;
  }
}
