package org.presslens.training.newsmtsc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.nlp.Polarity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The one reader of NewsMTSC JSONL (Hamborg &amp; Donnay, EACL 2021), for targeted and sentence sentiment alike: one
 * sentence per line ({@code sentence_normalized}, {@code primary_gid}) with {@code targets}, each a span
 * {@code [from, to)} of the sentence, its {@code mention}, optional {@code further_mentions} and a {@code polarity}.
 *
 * <p>The label rule: a polarity is 2.0 (negative), 4.0 (neutral) or 6.0 (positive), the only values the data set
 * uses; any other value, a span outside the sentence, a missing field or a line that is not JSON fails the whole
 * read with the file and line number. Blank lines are skipped.
 */
public final class NewsMtsc {

  private NewsMtsc() {
  }

  /**
   * One labelled target, with the other mentions of the same target in the sentence ({@code further_mentions}, spans
   * {@code [from, to)}) when the data lists them.
   */
  public record Target(int from, int to, String mention, Polarity polarity, List<int[]> furtherMentions) {
    public Target {
      furtherMentions = List.copyOf(furtherMentions);
    }

    public Target(int from, int to, String mention, Polarity polarity) {
      this(from, to, mention, polarity, List.of());
    }
  }

  /** One sentence with its targets; {@code id} is {@code primary_gid}, or {@code line-N} when there is none. */
  public record Item(String id, String sentence, List<Target> targets) {
    public Item {
      targets = List.copyOf(targets);
    }
  }

  /** One sentence whose targets all share one polarity: sentence-level gold. */
  public record Sentence(String id, String sentence, Polarity gold) {

    /** The sentence as an English article of one paragraph (whitespace runs collapsed to one space). */
    public Article article() {
      return Article.builder().source("newsmtsc:" + id).language("en").paragraph(normalize(sentence)).build();
    }
  }

  /**
   * The sentence-level gold of a file.
   *
   * @param items   the sentences whose targets agree, in file order
   * @param lines   the sentences read
   * @param skipped the sentences left out: targets of different polarities, or no target
   */
  public record Sentences(List<Sentence> items, int lines, int skipped) {
    public Sentences {
      items = List.copyOf(items);
    }
  }

  /** The polarity of a NewsMTSC value: 2.0, 4.0 or 6.0; anything else is rejected. */
  public static Polarity polarity(double value) {
    if (value == 2.0) {
      return Polarity.NEGATIVE;
    } else if (value == 4.0) {
      return Polarity.NEUTRAL;
    } else if (value == 6.0) {
      return Polarity.POSITIVE;
    }
    throw new IllegalArgumentException("NewsMTSC polarity must be 2.0, 4.0 or 6.0, got " + value);
  }

  /** Reads a file. */
  public static List<Item> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads JSONL from {@code in}.
   *
   * @throws IllegalArgumentException for a line that is not a NewsMTSC record (naming {@code source} and the line)
   */
  public static List<Item> read(Reader in, String source) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<Item> items = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(parse(line, n));
      } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(source + ":" + n + ": not a NewsMTSC record: " + e.getMessage(), e);
      }
    }
    return items;
  }

  /** The sentence-level gold of a file: the sentences whose targets all share one polarity. */
  public static Sentences sentences(Path file) {
    return sentences(read(file));
  }

  /** The sentence-level gold of {@code items}: the sentences whose targets all share one polarity. */
  public static Sentences sentences(List<Item> items) {
    List<Sentence> agreed = new ArrayList<>();
    int skipped = 0;
    for (Item item : items) {
      Polarity gold = item.targets().isEmpty() ? null : item.targets().get(0).polarity();
      if (gold != null && item.targets().stream().allMatch(t -> t.polarity() == gold)) {
        agreed.add(new Sentence(item.id(), item.sentence(), gold));
      } else {
        skipped++;
      }
    }
    return new Sentences(agreed, items.size(), skipped);
  }

  private static Item parse(String line, int number) {
    JsonNode node = PresslensJson.mapper().readTree(line);
    String sentence = node.path("sentence_normalized").asString("");
    JsonNode targetNodes = node.path("targets");
    if (sentence.isBlank() || !targetNodes.isArray()) {
      throw new IllegalArgumentException("no sentence_normalized or targets");
    }
    List<Target> targets = new ArrayList<>();
    for (JsonNode t : targetNodes) {
      int from = t.required("from").asInt();
      int to = t.required("to").asInt();
      if (from < 0 || to < from || to > sentence.length()) {
        throw new IllegalArgumentException("target [" + from + ", " + to + ") outside the sentence");
      }
      List<int[]> further = new ArrayList<>();
      for (JsonNode m : t.path("further_mentions")) {
        int b = m.required("from").asInt();
        int e = m.required("to").asInt();
        if (b >= 0 && e > b && e <= sentence.length()) {
          further.add(new int[] {b, e});
        }
      }
      JsonNode mention = t.get("mention");
      targets.add(new Target(from, to, mention == null ? sentence.substring(from, to) : mention.asString(),
          polarity(t.required("polarity").asDouble()), further));
    }
    return new Item(node.path("primary_gid").asString("line-" + number), sentence, targets);
  }

  static String normalize(String sentence) {
    return sentence.replaceAll("\\s+", " ").strip();
  }
}
