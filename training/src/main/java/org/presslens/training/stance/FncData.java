package org.presslens.training.stance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.analyzers.stance.claim.ClaimModel;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads FNC-1 files ({@code Body ID,articleBody} and {@code Headline,Body ID,Stance}: CSV with a header row and
 * quoted fields with embedded newlines) with Jackson's CSV parser, and defines the dev split: the Body IDs for
 * which {@link #isDev} holds.
 */
public final class FncData {

  /** One headline/body pair with its gold label index (or -1 when the file has no Stance column). */
  public record Pair(String headline, int bodyId, int label) {
  }

  private FncData() {
  }

  /**
   * The dev split: a Body ID is held out when {@code (bodyId * 2654435761 mod 2^32) mod 10 < 2} (Knuth's
   * multiplicative hash; about 20% of the bodies, with every headline paired with them).
   */
  public static boolean isDev(int bodyId) {
    long h = (bodyId * 2654435761L) & 0xFFFFFFFFL;
    return h % 10 < 2;
  }

  public static Map<Integer, String> readBodies(Path file) {
    Map<Integer, String> bodies = new LinkedHashMap<>();
    for (Map<String, String> row : rows(file)) {
      bodies.put(Integer.parseInt(field(row, "Body ID", file).trim()), field(row, "articleBody", file));
    }
    return bodies;
  }

  public static List<Pair> readStances(Path file) {
    List<Pair> pairs = new ArrayList<>();
    for (Map<String, String> row : rows(file)) {
      String stance = row.get("Stance");
      int label = stance == null ? -1 : ClaimModel.LABELS.indexOf(stance.trim().toLowerCase(Locale.ROOT));
      if (stance != null && label < 0) {
        throw new IllegalArgumentException(file + ": unknown stance '" + stance + "'");
      }
      pairs.add(new Pair(field(row, "Headline", file), Integer.parseInt(field(row, "Body ID", file).trim()), label));
    }
    return pairs;
  }

  private static String field(Map<String, String> row, String name, Path file) {
    String v = row.get(name);
    if (v == null) {
      throw new IllegalArgumentException(file + ": no column '" + name + "' (columns: " + row.keySet() + ")");
    }
    return v;
  }

  private static List<Map<String, String>> rows(Path file) {
    CsvMapper mapper = CsvMapper.builder().build();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(r)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
