package org.presslens.analyzers.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads NewsMTSC JSONL (Hamborg &amp; Donnay, EACL 2021): one sentence per line, {@code sentence_normalized} and
 * {@code targets}, each target with a {@code polarity} of 2.0 (negative), 4.0 (neutral) or 6.0 (positive). A sentence
 * whose targets all share one polarity is sentence-level gold with that polarity; the others are skipped (counted).
 */
public final class NewsMtsc {

  private NewsMtsc() {
  }

  /** One gold sentence. */
  public record Item(String id, String sentence, Polarity gold) {

    /** The sentence as an English article of one paragraph (whitespace runs collapsed to one space). */
    public Article article() {
      return Article.builder().source("newsmtsc:" + id).language("en").paragraph(normalize(sentence)).build();
    }
  }

  /**
   * The gold sentences of a file.
   *
   * @param items   the sentences whose targets agree, in file order
   * @param lines   the non-blank lines read
   * @param skipped the sentences left out: targets of different polarities, or no target
   */
  public record Dataset(List<Item> items, int lines, int skipped) {

    public Dataset {
      items = List.copyOf(items);
    }
  }

  public static Dataset read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * @throws IllegalArgumentException for a line that is not a NewsMTSC record (naming the source and line)
   */
  public static Dataset read(Reader in, String source) throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<Item> items = new ArrayList<>();
    int lines = 0;
    int skipped = 0;
    int number = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      lines++;
      try {
        JsonNode node = PresslensJson.mapper().readTree(line);
        String sentence = node.path("sentence_normalized").asString("");
        JsonNode targets = node.path("targets");
        if (sentence.isBlank() || !targets.isArray()) {
          throw new IllegalArgumentException("no sentence_normalized or targets");
        }
        Polarity gold = null;
        boolean agree = targets.size() > 0;
        for (JsonNode t : targets) {
          Polarity p = Polarity.ofNewsMtsc(t.required("polarity").asDouble());
          if (gold != null && gold != p) {
            agree = false;
          }
          gold = p;
        }
        if (!agree) {
          skipped++;
          continue;
        }
        items.add(new Item(node.path("primary_gid").asString("line-" + number), sentence, gold));
      } catch (JacksonException | IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + number + ": not a NewsMTSC record: " + e.getMessage(), e);
      }
    }
    return new Dataset(items, lines, skipped);
  }

  static String normalize(String sentence) {
    return sentence.replaceAll("\\s+", " ").strip();
  }
}
