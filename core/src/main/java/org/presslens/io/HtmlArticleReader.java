package org.presslens.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.presslens.model.Article;
import org.presslens.text.LanguageDetector;

/**
 * Reads an HTML page with jsoup, from the bytes given only (nothing is fetched). Metadata come from {@code <meta>}
 * tags and byline elements ({@link HtmlMetadata}); the body from the main element ({@link HtmlBody}):
 * {@code h2}-{@code h6} start sections, {@code p}, {@code li} and {@code blockquote} are paragraphs. Bylines, the
 * title heading and page furniture inside the main element are reported in {@link Article#removed()}.
 *
 * <p>Characters: the page is cleaned like a text input ({@link InputDecoder}), and the text nodes and attribute
 * values jsoup decodes from it go through the same {@linkplain CharacterMapping character mapping}, so that a
 * character entity cannot bring back a control character, a byte-order mark, a line separator or an unpaired
 * surrogate (which becomes U+FFFD).
 */
public final class HtmlArticleReader implements ArticleReader {

  private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
      Pattern.CASE_INSENSITIVE);

  private final ReaderOptions options;

  /** A reader with the given options. */
  public HtmlArticleReader(ReaderOptions options) {
    this.options = options;
  }

  /** A reader with {@link ReaderOptions#DEFAULT}. */
  public HtmlArticleReader() {
    this(ReaderOptions.DEFAULT);
  }

  @Override
  public String name() {
    return ArticleFormat.HTML.formatName();
  }

  @Override
  public Article read(String source, byte[] content) {
    InputDecoder.Cleaned page = decode(source, content);
    Document doc = Jsoup.parse(page.text(), "", Parser.htmlParser());
    cleanDecodedCharacters(doc);
    Optional<String> outlet = HtmlMetadata.outlet(doc);
    Article.Builder builder = Article.builder().source(source)
        .title(HtmlMetadata.title(doc, outlet).orElse(null))
        .authors(HtmlMetadata.authors(doc))
        .outlet(outlet.orElse(null))
        .published(HtmlMetadata.published(doc).orElse(null));
    Optional<String> declaredLanguage = HtmlMetadata.declaredLanguage(doc);
    doc.select(HtmlBody.CHROME).remove();
    Element main = HtmlBody.mainElement(doc);
    if (main == null) {
      throw new ArticleReadException(source, "no body text");
    }
    for (Element byline : main.select(HtmlMetadata.BYLINE_SELECTOR)) {
      String text = TextBlocks.normalizeSpace(byline.text());
      if (byline.ownerDocument() != null && FieldBounds.isBylineSized(text)) {
        builder.addRemoved(text, "byline");
        byline.remove();
      }
    }
    for (Element h1 : main.select("h1")) {
      String text = TextBlocks.normalizeSpace(h1.text());
      if (FieldBounds.isTitleSized(text)) {
        builder.addRemoved(text, "title");
        h1.remove();
      } else {
        h1.tagName("p"); // too long for a title: body text
      }
    }
    BodyAssembler body = new BodyAssembler();
    HtmlBody.extract(main, body, builder::addRemoved);
    Article article = ControlCharacterRepairs.addTo(body.addTo(builder, source, options).build(), page.text(),
        page.drops());
    if (LanguageDetector.UNDETERMINED.equals(article.language()) && declaredLanguage.isPresent()) {
      return article.toBuilder().language(declaredLanguage.get()).build();
    }
    return article;
  }

  /**
   * Applies the {@linkplain CharacterMapping character mapping} to every text node and attribute value, as jsoup
   * decoded them: the page was cleaned before parsing, but a numeric entity ({@code &#1;}, {@code &#xFEFF;},
   * {@code &#x2028;}, {@code &#xD800;}) gives any character back.
   */
  private static void cleanDecodedCharacters(Document doc) {
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        String raw = text.getWholeText();
        String mapped = CharacterMapping.map(raw);
        if (!mapped.equals(raw)) {
          text.text(mapped);
        }
      } else if (node instanceof Element element) {
        for (Attribute attribute : element.attributes()) {
          String raw = attribute.getValue();
          String mapped = CharacterMapping.map(raw);
          if (!mapped.equals(raw)) {
            attribute.setValue(mapped);
          }
        }
      }
    }, doc);
  }

  /**
   * Decodes like {@link InputDecoder}; when the bytes are not UTF-8 and the page declares another charset in its
   * first kilobytes, that charset is used instead of windows-1252.
   */
  private static InputDecoder.Cleaned decode(String source, byte[] content) {
    InputDecoder.Cleaned decoded = InputDecoder.decodeTracked(source, content);
    if (!"windows-1252".equals(decoded.charset())) {
      return decoded;
    }
    String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset declared = Charset.forName(m.group(1));
        if (!List.of("ISO-8859-1", "windows-1252", "US-ASCII", "UTF-8").contains(declared.name())) {
          CharacterMapping.Mapped mapped = InputDecoder.cleanTracked(source, new String(content, declared));
          return new InputDecoder.Cleaned(mapped.text(), declared.name(), mapped.drops());
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // unknown charset: keep windows-1252
      }
    }
    return decoded;
  }
}
