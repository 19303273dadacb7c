package org.presslens.encoder.training.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpDocument;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.ConllEvaluation.Chunk;
import tools.jackson.databind.JsonNode;

/**
 * The NER layer's bare mentions (the floor of {@code eval conll}) of each document, read from the annotation cache
 * that {@code presslens eval conll FILE --cache CACHE} wrote, as chunks on the document's words, mapped as that
 * command maps them ({@link ConllEvaluation#bareChunks}).
 */
final class FloorChunks {

  private FloorChunks() {
  }

  /** Per document of {@code docs}, the floor's chunks; fails when the cache lacks a document. */
  static List<List<Chunk>> read(Path cache, List<ConllEvaluation.Document> docs) {
    Map<String, NlpDocument> byText = load(cache);
    List<List<Chunk>> out = new ArrayList<>();
    for (ConllEvaluation.Document doc : docs) {
      String text = ConllEvaluation.article(doc).text();
      NlpDocument nlp = byText.get(text);
      if (nlp == null) {
        throw new IllegalArgumentException("the annotation cache " + cache + " lacks a document of the data (run"
            + " eval conll with --cache on the same file first)");
      }
      out.add(List.copyOf(ConllEvaluation.bareChunks(doc, nlp)));
    }
    return out;
  }

  private static Map<String, NlpDocument> load(Path cache) {
    Map<String, NlpDocument> docs = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode node = PresslensJson.mapper().readTree(line);
        docs.put(node.get("text").asString(), PresslensJson.mapper().treeToValue(node.get("doc"), NlpDocument.class));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the annotation cache " + cache + ": " + e.getMessage(), e);
    }
    return docs;
  }
}
