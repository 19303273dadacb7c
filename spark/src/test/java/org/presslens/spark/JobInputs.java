package org.presslens.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.node.ObjectNode;

/** Inputs and line comparison shared by the Spark integration tests. */
public final class JobInputs {
  private JobInputs() {
  }

  /** The BBC corpus in the shared development data. */
  public static Path bbc() {
    String prop = System.getProperty("presslens.sharedData");
    Path data = prop != null ? Path.of(prop) : Path.of(System.getProperty("user.dir"), "..", "..", "shared", "data");
    return data.resolve("articles/bbc").normalize();
  }

  /**
   * Inputs as the CLI takes them: the BBC {@code articles} (paths relative to the corpus), then a directory under
   * {@code tmp} with a broken JSON file, an empty file, a hidden file and a {@code .csv} file (the last two skipped,
   * as the CLI skips them), then a path that does not exist: {@code articles.size() + 3} output lines.
   */
  public static List<String> withBadInputs(Path tmp, List<String> articles) throws IOException {
    Path bad = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(bad.resolve("broken.json"), "{\"text\": \"no closing brace\"", StandardCharsets.UTF_8);
    Files.writeString(bad.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Files.writeString(bad.resolve(".hidden.txt"), "Hidden\n\nSkipped as the CLI skips it.", StandardCharsets.UTF_8);
    Files.writeString(bad.resolve("notes.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>();
    articles.forEach(f -> args.add(bbc().resolve(f).toString()));
    args.add(bad.toString());
    args.add(tmp.resolve("missing.txt").toString());
    return args;
  }

  /** A JSONL line without its {@code timingsMs}, the only field that differs between two runs. */
  public static String withoutTimings(String line) {
    ObjectNode node = (ObjectNode) PresslensJson.mapper().readTree(line);
    node.remove("timingsMs");
    return PresslensJson.mapper().writeValueAsString(node);
  }
}
