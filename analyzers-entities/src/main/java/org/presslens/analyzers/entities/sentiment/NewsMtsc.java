package org.presslens.analyzers.entities.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads NewsMTSC-format JSONL (Hamborg &amp; Donnay, EACL 2021): one sentence per line
 * ({@code sentence_normalized}) with {@code targets}, each a span {@code [from, to)} of the sentence and a
 * {@code polarity} 2.0 (negative), 4.0 (neutral) or 6.0 (positive).
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

  /** One sentence with its targets. */
  public record Item(String id, String sentence, List<Target> targets) {
    public Item {
      targets = List.copyOf(targets);
    }
  }

  /** Reads a file; lines that are blank are skipped, malformed lines fail with the line number. */
  public static List<Item> read(Path file) {
    List<Item> items = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          items.add(parse(line));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + ":" + n + ": not a NewsMTSC line: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return items;
  }

  static Item parse(String line) {
    JsonNode node = PresslensJson.mapper().readTree(line);
    String sentence = node.get("sentence_normalized").asString();
    JsonNode gid = node.get("primary_gid");
    List<Target> targets = new ArrayList<>();
    for (JsonNode t : node.get("targets")) {
      int from = t.get("from").asInt();
      int to = t.get("to").asInt();
      if (from < 0 || to < from || to > sentence.length()) {
        throw new IllegalArgumentException("target [" + from + ", " + to + ") outside the sentence");
      }
      JsonNode mention = t.get("mention");
      List<int[]> further = new ArrayList<>();
      JsonNode fm = t.get("further_mentions");
      if (fm != null) {
        for (JsonNode m : fm) {
          int b = m.get("from").asInt();
          int e = m.get("to").asInt();
          if (b >= 0 && e > b && e <= sentence.length()) {
            further.add(new int[] {b, e});
          }
        }
      }
      targets.add(new Target(from, to, mention == null ? sentence.substring(from, to) : mention.asString(),
          Polarity.ofNewsMtsc(t.get("polarity").asDouble()), further));
    }
    return new Item(gid == null ? "" : gid.asString(), sentence, targets);
  }
}
