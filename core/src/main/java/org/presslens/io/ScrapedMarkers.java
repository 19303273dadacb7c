package org.presslens.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line patterns of the raw scraped form: the leading {@code date YYYY-MM-DD}, the capitals byline ending in
 * "*", the outlet line in capitals, the "* " author-bio footnote and short heading lines; plus proper-casing of
 * names written in capitals.
 */
final class ScrapedMarkers {

  /** {@code date YYYY-MM-DD} at the very start, possibly glued to the first paragraph. */
  static final Pattern DATE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)\\s*",
      Pattern.CASE_INSENSITIVE);
  /** A line in capitals ending in one or more "*": "NINA L. KHRUSHCHEVA*". */
  static final Pattern BYLINE =
      Pattern.compile("^(?:BY\\s+)?(\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ,&]*[\\p{Lu}\\p{M}.])\\s*\\*+$");
  /** The author-bio footnote: a block starting with "*". */
  static final Pattern BIO = Pattern.compile("^\\*+\\s*(\\S.*)$", Pattern.DOTALL);
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\bAND\\b)\\s*");

  private ScrapedMarkers() {
  }

  /** The date of a leading {@code date YYYY-MM-DD} marker of {@code text}, if it is one and a valid date. */
  static Optional<LocalDate> leadingDate(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} looks like the scraped form: a leading date marker or a capitals byline line. */
  static boolean looksScraped(String text) {
    if (leadingDate(text).isPresent()) {
      return true;
    }
    for (String line : text.split("\n")) {
      if (!bylineAuthors(line.strip()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The authors named by a byline line, proper-cased; empty when the line is not a byline: not in the form, or
   * beyond the {@linkplain FieldBounds bounds} of a byline (too long, too many names, a name too long).
   */
  static List<String> bylineAuthors(String line) {
    if (line.length() > FieldBounds.MAX_BYLINE_CHARS) {
      return List.of();
    }
    Matcher m = BYLINE.matcher(line);
    if (!m.matches()) {
      return List.of();
    }
    List<String> authors = new ArrayList<>();
    for (String name : AUTHOR_SEPARATOR.split(m.group(1))) {
      if (name.chars().anyMatch(Character::isLetter)) {
        String author = name.strip();
        if (!FieldBounds.isAuthorSized(author)) {
          return List.of();
        }
        authors.add(properCase(author));
      }
    }
    return authors.size() <= FieldBounds.MAX_BYLINE_AUTHORS ? authors : List.of();
  }

  /**
   * Whether {@code line} is a short line in capitals ({@linkplain FieldBounds an outlet's size}) that can name an
   * outlet ("PROJECT SYNDICATE").
   */
  static boolean isCapitalsLine(String line) {
    boolean letters = line.chars().anyMatch(Character::isLetter);
    boolean lower = line.chars().anyMatch(Character::isLowerCase);
    return letters && !lower && FieldBounds.isOutletSized(line) && !line.endsWith(".") && !line.endsWith("*");
  }

  /**
   * Whether {@code line} is a heading: short, a few words, starting with a capital or digit, not ending like a
   * sentence or clause, and not a byline.
   */
  static boolean isHeading(String line) {
    if (!FieldBounds.isHeadingSized(line)) {
      return false;
    }
    char first = line.charAt(0);
    char last = line.charAt(line.length() - 1);
    if (!(Character.isUpperCase(first) || Character.isDigit(first)) || ".,;:*\"”'’…-".indexOf(last) >= 0) {
      return false;
    }
    return !BYLINE.matcher(line).matches() && !PageFurniture.isFurniture(line);
  }

  /**
   * Proper case of a name in capitals: each part capitalised, initials kept ("NINA L. KHRUSHCHEVA" becomes "Nina L.
   * Khrushcheva", "JEAN-PIERRE O'NEIL" becomes "Jean-Pierre O'Neil").
   */
  static String properCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean startOfPart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        out.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
        startOfPart = false;
      } else {
        out.append(c);
        startOfPart = c == ' ' || c == '-' || c == '.' || c == '\'' || c == '’';
      }
    }
    return out.toString();
  }

  /** Proper case of an outlet in capitals; words without vowels stay in capitals ("BBC NEWS" is "BBC News"). */
  static String outletCase(String line) {
    StringBuilder out = new StringBuilder();
    for (String word : line.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      boolean vowel = word.toLowerCase(Locale.ROOT).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
      out.append(vowel ? properCase(word) : word);
    }
    return out.toString();
  }
}
