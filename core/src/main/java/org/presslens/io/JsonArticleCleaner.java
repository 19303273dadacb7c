package org.presslens.io;

import java.util.ArrayList;
import java.util.List;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.RemovedText;
import org.presslens.model.Repair;
import org.presslens.model.Section;
import org.presslens.text.LanguageDetector;

/**
 * Cleans an article read from JSON the way every other reader's article is clean (see {@link JsonArticleReader} for
 * the rule): the text and the other text fields go through the {@linkplain CharacterMapping character mapping},
 * with every span moved along with the text; names (source, id, language, removal reasons, repair kinds) and the
 * originals of {@link Repair#CONTROL_CHARACTERS} repairs (the dropped characters themselves) only have their
 * unpaired surrogates replaced. An article that is clean already comes out equal.
 */
final class JsonArticleCleaner {

  private JsonArticleCleaner() {
  }

  /**
   * The clean article. An id equal to {@link Article#idOf} of the text read is derived again from the clean text; a
   * null language is detected in the clean text.
   */
  static Article clean(Article read) {
    CharacterMapping.Mapped mapped = CharacterMapping.map(read.text(), true);
    List<Section> sections = new ArrayList<>();
    for (Section s : read.sections()) {
      List<Paragraph> paragraphs = new ArrayList<>();
      for (Paragraph p : s.paragraphs()) {
        paragraphs.add(new Paragraph(mapped.offset(p.begin()), mapped.offset(p.end())));
      }
      sections.add(new Section(text(s.heading()), mapped.offset(s.begin()), mapped.offset(s.end()), paragraphs));
    }
    boolean textChanged = !mapped.text().equals(read.text());
    String text = textChanged ? withoutBlankLinesInParagraphs(mapped.text(), sections) : read.text();
    List<Repair> repairs = new ArrayList<>();
    for (Repair r : read.repairs()) {
      int begin = mapped.offset(r.begin());
      int end = mapped.offset(r.end());
      String original = Repair.CONTROL_CHARACTERS.equals(r.kind()) ? name(r.original()) : text(r.original());
      repairs.add(new Repair(begin, end, original, text.substring(begin, end), name(r.kind())));
    }
    List<RemovedText> removed = read.removed().stream()
        .map(r -> new RemovedText(text(r.text()), name(r.reason()))).toList();
    String id = textChanged && read.id().equals(Article.idOf(read.text())) ? Article.idOf(text) : name(read.id());
    String language = read.language() == null ? LanguageDetector.detect(text) : name(read.language());
    return new Article(id, name(read.source()), text(read.title()), read.authors().stream().map(CharacterMapping::map)
        .toList(), text(read.outlet()), read.published(), language, text(read.authorBio()), text, sections, repairs,
        removed);
  }

  /**
   * {@code text} with each run of line breaks inside a paragraph turned into spaces (as many): the mapping turns
   * line separators into line breaks, and two in a row (or a U+2029) would make a blank line, which no paragraph may
   * hold. The JSON as read had none (the article was checked), so only breaks the mapping made are touched.
   */
  private static String withoutBlankLinesInParagraphs(String text, List<Section> sections) {
    char[] chars = null;
    for (Section s : sections) {
      for (Paragraph p : s.paragraphs()) {
        for (int i = p.begin(); i < p.end(); i++) {
          boolean inRun = text.charAt(i) == '\n'
              && (i + 1 < p.end() && text.charAt(i + 1) == '\n' || i > p.begin() && text.charAt(i - 1) == '\n');
          if (inRun) {
            if (chars == null) {
              chars = text.toCharArray();
            }
            chars[i] = ' ';
          }
        }
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static String text(String value) {
    return value == null ? null : CharacterMapping.map(value);
  }

  private static String name(String value) {
    return value == null ? null : CharacterMapping.replaceLoneSurrogates(value);
  }
}
