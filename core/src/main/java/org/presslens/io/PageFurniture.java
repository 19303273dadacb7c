package org.presslens.io;

import java.util.Locale;
import java.util.Set;

/**
 * Page furniture: the short lines a web page puts between paragraphs (advert labels, "Read more", sharing
 * prompts) that scraping leaves in the body. A line is furniture when it consists of one of the closed class of
 * labels in {@link #PHRASES} alone (case and trailing punctuation ignored), or when it has the shape of a call to
 * action ({@link #isCallToAction}): a short line that tells the reader to follow, subscribe, share, sign up, click
 * or download, about a channel of the web (a social network, a newsletter, a link, a page).
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
    return PHRASES.contains(s) || isCallToAction(line);
  }

  /** The verbs of a call to action, in the imperative. */
  static final Set<String> ACTIONS = Set.of("follow", "subscribe", "share", "sign", "click", "tap", "download",
      "join", "like", "register", "tweet", "visit", "watch", "listen", "get", "read", "see", "check", "find", "email",
      "contact", "send", "tell");

  /** What a call to action points the reader to: social networks, newsletters, links, pages, apps. */
  static final Set<String> CHANNELS = Set.of("facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin",
      "pinterest", "snapchat", "whatsapp", "reddit", "newsletter", "newsletters", "podcast", "app", "rss", "feed",
      "link", "here", "below", "page", "website", "site", "inbox", "updates", "alerts", "channel", "conversation",
      "@");

  /** Channels that only point ("here", "below"): they count within three words of the verb ("Read more here"). */
  static final Set<String> POINTERS = Set.of("here", "below", "link", "page", "site");

  /** Verbs that are also common in prose ("Like many on Twitter, ..."): their object must look like a prompt's. */
  static final Set<String> AMBIGUOUS = Set.of("share", "like", "get", "read", "see", "check", "find", "tell", "send",
      "watch", "listen", "visit", "join", "contact", "email");

  /** How a prompt's object starts ("Like us on", "Read more", "Check out", "Share this"). */
  static final Set<String> PROMPT_OBJECTS = Set.of("us", "me", "him", "her", "them", "our", "my", "this", "more",
      "it", "on", "to", "up", "for", "via", "here", "now", "today", "out", "the", "all", "your");

  /** Words that may come before the verb of a call to action. */
  private static final Set<String> LEAD_INS = Set.of("please", "and", "also", "now", "then", "to", "here", "be",
      "sure", "don't", "do", "not", "forget", "why", "you", "can");

  /** The longest line, in words, read as a call to action. */
  static final int MAX_WORDS = 25;

  /**
   * Whether {@code line} is a call to action: at most {@link #MAX_WORDS} words, the first verb (after lead-ins such
   * as "please", "click here to", "don't forget to") one of {@link #ACTIONS}, and a {@link #CHANNELS} word (or a
   * handle, "@name", or an address) in the line; or a line that contains "click here" or "tap here" and ends without
   * a full stop. Prose sentences with these verbs ("Follow the money.") name no channel.
   */
  public static boolean isCallToAction(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    String[] words = s.split("[^\\p{L}\\p{N}'@]+");
    java.util.List<String> w = new java.util.ArrayList<>();
    for (String x : words) {
      if (!x.isEmpty()) {
        w.add(x);
      }
    }
    if (w.isEmpty() || w.size() > MAX_WORDS) {
      return false;
    }
    if ((s.contains("click here") || s.contains("tap here")) && !s.endsWith(".")) {
      return true;
    }
    int k = 0;
    while (k < w.size() - 1 && LEAD_INS.contains(w.get(k))) {
      k++;
    }
    String verb = w.get(k);
    String next = k + 1 < w.size() ? w.get(k + 1) : "";
    if (!ACTIONS.contains(verb) || verb.equals("sign") && !next.equals("up")
        || AMBIGUOUS.contains(verb) && !PROMPT_OBJECTS.contains(next)) {
      return false;
    }
    for (int i = k + 1; i < w.size(); i++) {
      String x = w.get(i);
      boolean near = i - k <= 3;
      if (CHANNELS.contains(x) && (near || !POINTERS.contains(x)) || x.startsWith("@") || x.startsWith("www")
          || x.startsWith("http")) {
        return true;
      }
    }
    return false;
  }
}
