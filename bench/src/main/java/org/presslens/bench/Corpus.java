package org.presslens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;

/** Choosing benchmark articles, and building long ones. */
public final class Corpus {
  private Corpus() {
  }

  /** Files and directories expanded to article files ({@code .txt .json .html .htm}), each directory sorted. */
  public static List<Path> expand(List<Path> args) {
    List<Path> files = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(Corpus::isArticle).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /**
   * The first {@code n} article files under {@code root}, taken in turn from each of its sub-folders (sorted), so
   * that a small selection mixes the BBC's business, entertainment, politics, sport and tech articles.
   */
  public static List<Path> roundRobin(Path root, int n) {
    List<Iterator<Path>> folders = new ArrayList<>();
    try (Stream<Path> s = Files.list(root)) {
      for (Path d : s.filter(Files::isDirectory).sorted().toList()) {
        folders.add(expand(List.of(d)).iterator());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    if (folders.isEmpty()) {
      return expand(List.of(root)).stream().limit(n).toList();
    }
    List<Path> picked = new ArrayList<>();
    boolean any = true;
    while (picked.size() < n && any) {
      any = false;
      for (Iterator<Path> it : folders) {
        if (picked.size() < n && it.hasNext()) {
          picked.add(it.next());
          any = true;
        }
      }
    }
    return picked;
  }

  /** Reads each file (format detected). */
  public static List<Article> read(List<Path> files) {
    return files.stream().map(ArticleReaders::read).toList();
  }

  /**
   * A plain-text article of at least {@code words} words: a title line, then the paragraphs of {@code sources} in
   * turn (cycling through them when they run out), separated by blank lines.
   */
  public static String longArticle(List<Path> sources, int words) {
    StringBuilder text = new StringBuilder("A long article of " + words + " words\n\n");
    int count = 0;
    int round = 0;
    while (count < words) {
      for (Path source : sources) {
        Article a = ArticleReaders.read(source);
        for (String paragraph : a.text().split("\n\n")) {
          if (paragraph.isBlank()) {
            continue;
          }
          text.append(paragraph.strip()).append("\n\n");
          count += wordCount(paragraph);
          if (count >= words) {
            return text.toString().strip() + "\n";
          }
        }
      }
      if (++round > 1000 || sources.isEmpty()) {
        throw new IllegalArgumentException("the sources hold no text to build a long article from");
      }
    }
    return text.toString().strip() + "\n";
  }

  /**
   * One paragraph of {@code words} words of real news text without any punctuation, like an unpunctuated paste: the
   * words of {@link #longArticle} (from {@code sources}) with every character that is neither a letter, a digit, an
   * apostrophe nor a hyphen dropped, after a title line.
   */
  public static String unpunctuatedParagraph(List<Path> sources, int words) {
    String article = longArticle(sources, words);
    String body = article.substring(article.indexOf("\n\n") + 2);
    String[] all = body.replaceAll("[^\\p{L}\\p{N}'’\\-\\s]", " ").strip().split("\\s+");
    return "An unpunctuated paragraph of " + words + " words\n\n"
        + String.join(" ", java.util.Arrays.asList(all).subList(0, Math.min(words, all.length))) + "\n";
  }

  /**
   * One paragraph of {@code tokens} words without any punctuation, like a scraped table or list: a single "sentence"
   * for the tokenizer.
   */
  public static String runOnSentence(int tokens) {
    String[] words = {"market", "shares", "council", "tram", "league", "album", "phone", "minister", "rate", "season",
        "price", "growth", "network", "vote", "film", "goal", "profit", "station", "party", "software"};
    StringBuilder sb = new StringBuilder("An unpunctuated table of " + tokens + " words\n\n");
    for (int i = 0; i < tokens; i++) {
      sb.append(i == 0 ? "" : " ").append(words[(i * 7 + i / 20) % words.length]);
      if (i % 50 == 49 && i + 1 < tokens) {
        sb.append(' ').append(2000 + i % 25);
        i++;
      }
    }
    return sb.append('\n').toString();
  }

  /** Whitespace-separated words. */
  public static int wordCount(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static boolean isArticle(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".html")
        || name.endsWith(".htm"));
  }
}
