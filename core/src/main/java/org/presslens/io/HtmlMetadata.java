package org.presslens.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of an HTML page: title, authors, publication date and outlet, from {@code <meta>} tags first and
 * the page's own elements after.
 */
final class HtmlMetadata {

  /** Elements that name an author in the page. */
  static final String BYLINE_SELECTOR = "[rel=author], .byline, [itemprop=author]";

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern BY = Pattern.compile("^(?i)(?:written\\s+)?by[:\\s]+");
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\|)\\s*");

  private HtmlMetadata() {
  }

  /**
   * The title: og:title, meta title, {@code <title>} (without a " | outlet" suffix), or the first h1; none when the
   * first of these found is too long for a title ({@link FieldBounds}).
   */
  static Optional<String> title(Document doc, Optional<String> outlet) {
    return candidateTitle(doc, outlet).filter(FieldBounds::isTitleSized);
  }

  private static Optional<String> candidateTitle(Document doc, Optional<String> outlet) {
    Optional<String> meta = meta(doc, "meta[property=og:title]", "meta[name=title]", "meta[name=twitter:title]");
    if (meta.isPresent()) {
      return meta;
    }
    String title = TextBlocks.normalizeSpace(doc.title());
    if (!title.isEmpty()) {
      if (outlet.isPresent()) {
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
          if (title.endsWith(sep + outlet.get())) {
            title = title.substring(0, title.length() - sep.length() - outlet.get().length()).strip();
          }
        }
      }
      return Optional.of(title);
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? Optional.empty() : nonBlank(h1.text());
  }

  /**
   * The authors: meta author, article:author (unless a URL), then byline elements; names too long for a name
   * ({@link FieldBounds}) are left out.
   */
  static List<String> authors(Document doc) {
    Set<String> authors = new LinkedHashSet<>();
    meta(doc, "meta[name=author]", "meta[property=article:author]", "meta[name=byl]", "meta[name=dc.creator]")
        .filter(a -> !a.contains("://"))
        .ifPresent(a -> authors.addAll(split(a)));
    if (authors.isEmpty()) {
      for (Element e : doc.select(BYLINE_SELECTOR)) {
        Element name = e.selectFirst("[itemprop=name]");
        String value = e.hasAttr("content") ? e.attr("content") : (name != null ? name.text() : e.text());
        if (!value.contains("://")) {
          authors.addAll(split(value));
        }
      }
    }
    return new ArrayList<>(authors);
  }

  /** The publication date: article:published_time, meta date/pubdate/DC.date, or a {@code <time datetime>}. */
  static Optional<LocalDate> published(Document doc) {
    Optional<String> meta = meta(doc, "meta[property=article:published_time]", "meta[name=date]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=DC.date]", "meta[name=DC.date.issued]",
        "meta[name=dcterms.date]", "meta[itemprop=datePublished]");
    Optional<LocalDate> date = meta.flatMap(HtmlMetadata::parseDate);
    if (date.isPresent()) {
      return date;
    }
    for (Element time : doc.select("time[datetime]")) {
      date = parseDate(time.attr("datetime"));
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** The outlet: og:site_name or application-name, unless too long for one ({@link FieldBounds}). */
  static Optional<String> outlet(Document doc) {
    return meta(doc, "meta[property=og:site_name]", "meta[name=application-name]").filter(FieldBounds::isOutletSized);
  }

  /** The primary subtag of {@code <html lang>}, if any. */
  static Optional<String> declaredLanguage(Document doc) {
    Element html = doc.selectFirst("html[lang]");
    if (html == null) {
      return Optional.empty();
    }
    String lang = html.attr("lang").strip().toLowerCase(java.util.Locale.ROOT);
    int dash = lang.indexOf('-');
    lang = dash > 0 ? lang.substring(0, dash) : lang;
    return lang.matches("[a-z]{2,3}") ? Optional.of(lang) : Optional.empty();
  }

  static Optional<LocalDate> parseDate(String value) {
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static List<String> split(String authors) {
    List<String> names = new ArrayList<>();
    String cleaned = BY.matcher(TextBlocks.normalizeSpace(authors)).replaceFirst("");
    for (String name : AUTHOR_SEPARATOR.split(cleaned)) {
      if (!name.isBlank() && name.chars().anyMatch(Character::isLetter) && FieldBounds.isAuthorSized(name.strip())) {
        names.add(name.strip());
      }
    }
    return names;
  }

  private static Optional<String> meta(Document doc, String... selectors) {
    for (String selector : selectors) {
      for (Element e : doc.select(selector)) {
        Optional<String> value = nonBlank(e.attr("content"));
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nonBlank(String s) {
    String n = TextBlocks.normalizeSpace(s);
    return n.isEmpty() ? Optional.empty() : Optional.of(n);
  }
}
