package org.presslens.model;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.presslens.text.LanguageDetector;

/**
 * An article: metadata plus one cleaned body {@link #text()} that every offset of the model and of every analyzer
 * result points into.
 *
 * <p>Invariants, checked on construction:
 * <ul>
 *   <li>every span ({@link Section}, {@link Paragraph}, {@link Repair}) satisfies
 *       {@code 0 <= begin <= end <= text.length()} and is end-exclusive;</li>
 *   <li>sections, and paragraphs inside each section, are in text order and do not overlap;</li>
 *   <li>a paragraph never contains a blank line ({@code "\n\n"}); headings, title, byline and bio are not in the text;</li>
 *   <li>{@code text.substring(repair.begin(), repair.end())} equals {@code repair.replacement()}.</li>
 * </ul>
 * Instances are immutable. Build one with {@link #builder()}; {@link #id()} defaults to a hash of the text and
 * {@link #language()} to the language detected in it.
 */
public record Article(
    String id,
    String source,
    String title,
    List<String> authors,
    String outlet,
    LocalDate published,
    String language,
    String authorBio,
    String text,
    List<Section> sections,
    List<Repair> repairs,
    List<RemovedText> removed) {

  /** The separator readers put between paragraphs of {@link #text()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
    authors = List.copyOf(authors == null ? List.of() : authors);
    sections = List.copyOf(sections == null ? List.of() : sections);
    repairs = List.copyOf(repairs == null ? List.of() : repairs);
    removed = List.copyOf(removed == null ? List.of() : removed);
    checkInvariants(text, sections, repairs);
  }

  private static void checkInvariants(String text, List<Section> sections, List<Repair> repairs) {
    int previousEnd = 0;
    for (Section section : sections) {
      section.span().checkWithin(text.length());
      if (section.begin() < previousEnd) {
        throw new IllegalArgumentException("section [" + section.begin() + ", " + section.end()
            + ") overlaps or precedes the previous one");
      }
      int paragraphEnd = section.begin();
      for (Paragraph p : section.paragraphs()) {
        if (p.begin() < paragraphEnd) {
          throw new IllegalArgumentException("paragraph [" + p.begin() + ", " + p.end() + ") is out of order");
        }
        if (text.substring(p.begin(), p.end()).contains(PARAGRAPH_SEPARATOR)) {
          throw new IllegalArgumentException("paragraph [" + p.begin() + ", " + p.end() + ") contains a blank line");
        }
        paragraphEnd = p.end();
      }
      previousEnd = section.end();
    }
    for (Repair r : repairs) {
      new Span(r.begin(), r.end()).checkWithin(text.length());
      if (!text.regionMatches(r.begin(), r.replacement(), 0, r.replacement().length())) {
        throw new IllegalArgumentException("repair at [" + r.begin() + ", " + r.end() + ") does not match the text");
      }
    }
  }

  /**
   * All paragraphs of all sections, in text order: an unmodifiable list built on each call (a record holds no derived
   * state), so call it once per article rather than once per sentence.
   */
  public List<Paragraph> paragraphs() {
    List<Paragraph> all = new ArrayList<>();
    sections.forEach(s -> all.addAll(s.paragraphs()));
    return Collections.unmodifiableList(all);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this article's fields. An id that was derived from the text is not copied, so it is
   * derived again from the (possibly new) text; an explicit id is kept.
   */
  public Builder toBuilder() {
    Builder b = new Builder().id(id.equals(idOf(text)) ? null : id).source(source).title(title).authors(authors)
        .outlet(outlet).published(published).language(language).authorBio(authorBio).removed(removed);
    b.text = text;
    b.sections.addAll(sections);
    b.repairs.addAll(repairs);
    return b;
  }

  /** The stable id of a text: the first 16 hex digits of its SHA-256. */
  public static String idOf(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  /**
   * Builds an article either from a whole text with its sections ({@link #text(String, List, List)}) or paragraph by
   * paragraph ({@link #section(String)}, {@link #paragraph(String, List)}), which computes the offsets.
   */
  public static final class Builder {
    private String id;
    private String source;
    private String title;
    private List<String> authors = List.of();
    private String outlet;
    private LocalDate published;
    private String language;
    private String authorBio;
    private String text;
    private final StringBuilder body = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private final List<Repair> repairs = new ArrayList<>();
    private final List<RemovedText> removed = new ArrayList<>();
    private String openHeading;
    private final List<Paragraph> openParagraphs = new ArrayList<>();
    private boolean sectionOpen;

    private Builder() {
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder authors(List<String> authors) {
      this.authors = List.copyOf(authors);
      return this;
    }

    public Builder outlet(String outlet) {
      this.outlet = outlet;
      return this;
    }

    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder authorBio(String authorBio) {
      this.authorBio = authorBio;
      return this;
    }

    public Builder removed(List<RemovedText> removed) {
      this.removed.clear();
      this.removed.addAll(removed);
      return this;
    }

    public Builder addRemoved(String text, String reason) {
      removed.add(new RemovedText(text, reason));
      return this;
    }

    /** Sets the whole body at once, with sections and repairs whose offsets point into it. */
    public Builder text(String text, List<Section> sections, List<Repair> repairs) {
      if (body.length() > 0 || sectionOpen) {
        throw new IllegalStateException("text(...) cannot be mixed with paragraph(...)");
      }
      this.text = text;
      this.sections.clear();
      this.sections.addAll(sections);
      this.repairs.clear();
      this.repairs.addAll(repairs);
      return this;
    }

    /** Starts a new section; {@code heading} may be null. Paragraphs added before any section go to an unheaded one. */
    public Builder section(String heading) {
      closeSection();
      openHeading = heading;
      sectionOpen = true;
      return this;
    }

    /** Appends a paragraph to the current section. */
    public Builder paragraph(String paragraph) {
      return paragraph(paragraph, List.of());
    }

    /**
     * Appends a paragraph whose {@code localRepairs} have offsets relative to the paragraph; they are shifted to
     * offsets in the body. Blank paragraphs are skipped.
     */
    public Builder paragraph(String paragraph, List<Repair> localRepairs) {
      if (text != null) {
        throw new IllegalStateException("paragraph(...) cannot be mixed with text(...)");
      }
      if (paragraph.isBlank()) {
        return this;
      }
      if (paragraph.contains(PARAGRAPH_SEPARATOR)) {
        throw new IllegalArgumentException("a paragraph cannot contain a blank line");
      }
      if (!sectionOpen) {
        section(null);
      }
      if (body.length() > 0) {
        body.append(PARAGRAPH_SEPARATOR);
      }
      int begin = body.length();
      body.append(paragraph);
      openParagraphs.add(new Paragraph(begin, body.length()));
      for (Repair r : localRepairs) {
        repairs.add(new Repair(r.begin() + begin, r.end() + begin, r.original(), r.replacement(), r.kind()));
      }
      return this;
    }

    private void closeSection() {
      if (!sectionOpen) {
        return;
      }
      int begin = openParagraphs.isEmpty() ? body.length() : openParagraphs.get(0).begin();
      int end = openParagraphs.isEmpty() ? body.length() : openParagraphs.get(openParagraphs.size() - 1).end();
      sections.add(new Section(openHeading, begin, end, openParagraphs));
      openParagraphs.clear();
      openHeading = null;
      sectionOpen = false;
    }

    public Article build() {
      closeSection();
      String finalText = text != null ? text : body.toString();
      String finalId = id != null ? id : idOf(finalText);
      String finalLanguage = language != null ? language : LanguageDetector.detect(finalText);
      return new Article(finalId, source, title, authors, outlet, published, finalLanguage, authorBio, finalText,
          sections, repairs, removed);
    }
  }
}
