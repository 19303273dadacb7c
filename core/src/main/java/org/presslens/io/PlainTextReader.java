package org.presslens.io;

import java.util.List;
import org.presslens.model.Article;

/**
 * Reads plain text whose first non-blank line is the title, followed by paragraphs separated by blank lines (lines
 * inside a paragraph are joined with spaces; list items stay separate paragraphs). All paragraphs form one section
 * without heading. A text of a single line has no title: that line is the body; so is a first line too long for a
 * title ({@link FieldBounds}). A one-line block that is {@link PageFurniture} (an advert label, a call to follow or
 * subscribe) is removed and listed in {@link Article#removed()}.
 */
public final class PlainTextReader implements ArticleReader {

  private final ReaderOptions options;

  /** A reader with the given options. */
  public PlainTextReader(ReaderOptions options) {
    this.options = options;
  }

  /** A reader with {@link ReaderOptions#DEFAULT}. */
  public PlainTextReader() {
    this(ReaderOptions.DEFAULT);
  }

  @Override
  public String name() {
    return ArticleFormat.TEXT.formatName();
  }

  @Override
  public Article read(String source, byte[] content) {
    InputDecoder.Cleaned decoded = InputDecoder.decodeTracked(source, content);
    String text = decoded.text();
    List<List<String>> blocks = TextBlocks.blocks(text);
    Article.Builder builder = Article.builder().source(source);
    BodyAssembler body = new BodyAssembler();
    boolean single = blocks.size() == 1 && blocks.get(0).size() == 1;
    boolean titled = !single && FieldBounds.isTitleSized(blocks.get(0).get(0));
    for (int b = 0; b < blocks.size(); b++) {
      List<String> lines = blocks.get(b);
      if (b == 0 && titled) {
        builder.title(lines.get(0));
        lines = lines.subList(1, lines.size());
      }
      if (!single && lines.size() == 1 && PageFurniture.isFurniture(lines.get(0))) {
        builder.addRemoved(lines.get(0), PageFurniture.REASON);
        continue;
      }
      TextBlocks.paragraphs(lines).forEach(body::paragraph);
    }
    return ControlCharacterRepairs.addTo(body.addTo(builder, source, options).build(), decoded.text(),
        decoded.drops());
  }
}
