package org.presslens.io;

import java.util.Locale;
import java.util.Set;

/**
 * Page furniture: the short lines a web page puts between paragraphs (advert labels, "Read more", sharing
 * prompts) that scraping leaves in the body. Furniture is a closed class, so a fixed list is used; a line is
 * furniture only when it consists of one of these phrases alone (case and trailing punctuation ignored).
 */
public final class PageFurniture {

  /** The reason readers give when they remove furniture. */
  public static final String REASON = "page furniture";

  /** The furniture phrases, lower-case. */
  public static final Set<String> PHRASES = Set.of(
      "an advert", "advert", "advertisement", "advertising", "sponsored", "sponsored content", "skip advert",
      "skip advertisement", "story continues below advertisement", "story continues below", "article continues below",
      "article continues after advertisement", "continue reading", "continue reading below",
      "continue reading the main story",
      "scroll to continue", "scroll to continue with content", "read more", "read more here", "read the full story",
      "read next", "more on this story", "related", "related articles", "related stories", "related content",
      "recommended", "recommended for you", "most read", "most popular", "share", "share this", "share this article",
      "share this story", "share on facebook", "share on twitter", "share on x", "share via email", "email",
      "print", "comments", "subscribe", "subscribe now", "sign up", "sign up for our newsletter", "newsletter",
      "click here", "listen to this article", "follow us", "back to top", "image caption", "media caption",
      "getty images", "top stories");

  private PageFurniture() {
  }

  /** Whether {@code line} is page furniture alone. */
  public static boolean isFurniture(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    while (!s.isEmpty() && ":.…»›>|-–—".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return PHRASES.contains(s);
  }
}
