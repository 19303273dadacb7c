package org.presslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.ArticleInputs;
import tools.jackson.databind.JsonNode;

/**
 * The per-article inputs of a run ({@code analyze --article-inputs FILE}): a JSON object whose keys are inputs, as
 * given on the command line or by file name, and whose values are objects of per-article options, e.g.
 * <pre>{"op-ed.txt": {"stance.claims": ["The tram line should be built"], "stance.targets": ["Leeds"]}}</pre>
 * An input that is not listed uses the pipeline's options ({@code --claim}, {@code -O stance.claims=...}).
 */
final class ArticleInputsFile {

  /** No file: every input uses the pipeline's options. */
  static final ArticleInputsFile NONE = new ArticleInputsFile(Map.of());

  private final Map<String, ArticleInputs> byName;

  private ArticleInputsFile(Map<String, ArticleInputs> byName) {
    this.byName = byName;
  }

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException naming the file and the problem: unreadable, not JSON, not an object of
   *     objects, or a value that is neither a string nor a list of strings
   */
  static ArticleInputsFile read(Path file) {
    JsonNode root;
    try {
      root = PresslensJson.mapper().readTree(Files.readString(file));
    } catch (IOException | RuntimeException e) { // unreadable, or not JSON (a JacksonException)
      throw new IllegalArgumentException("--article-inputs " + file + ": cannot read it: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("--article-inputs " + file + ": expected a JSON object of inputs");
    }
    Map<String, ArticleInputs> byName = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> input : root.properties()) {
      if (!input.getValue().isObject()) {
        throw new IllegalArgumentException("--article-inputs " + file + ": the value of \"" + input.getKey()
            + "\" must be an object of options, e.g. {\"stance.claims\": [\"...\"]}");
      }
      Map<String, Object> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> option : input.getValue().properties()) {
        values.put(option.getKey(), raw(file, input.getKey() + "." + option.getKey(), option.getValue()));
      }
      byName.put(input.getKey(), ArticleInputs.of(values));
    }
    return new ArticleInputsFile(byName);
  }

  private static Object raw(Path file, String where, JsonNode value) {
    if (value.isArray()) {
      List<String> list = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isValueNode()) {
          throw new IllegalArgumentException("--article-inputs " + file + ": " + where + " must be a string or a"
              + " list of strings");
        }
        list.add(item.asString());
      }
      return list;
    }
    if (!value.isValueNode() || value.isNull()) {
      throw new IllegalArgumentException("--article-inputs " + file + ": " + where + " must be a string or a list"
          + " of strings");
    }
    return value.asString();
  }

  /** The inputs of {@code input}: listed by its name as given, else by its file name, else none. */
  ArticleInputs of(Input input) {
    ArticleInputs given = byName.get(input.name());
    if (given == null && input.path() != null && input.path().getFileName() != null) {
      given = byName.get(input.path().getFileName().toString());
    }
    return given == null ? ArticleInputs.NONE : given;
  }
}
