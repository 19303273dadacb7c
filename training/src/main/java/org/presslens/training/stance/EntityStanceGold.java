package org.presslens.training.stance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.json.PresslensJson;
import org.presslens.analyzers.stance.api.StanceResult.Label;
import tools.jackson.core.JacksonException;

/**
 * One editorial of an entity-stance gold file (JSON Lines, the layout of {@code shared/data/entity-stance}): the
 * article's path relative to the data root, its title, and the labelled targets.
 */
public record EntityStanceGold(String file, String title, List<Target> targets) {

  public EntityStanceGold {
    targets = List.copyOf(targets);
  }

  /** A labelled target: the entity as written in the text, its type, the author's stance, the annotator's confidence. */
  public record Target(String entity, String type, Label stance, String confidence, String evidence) {
  }

  /** Reads a gold file; a malformed line is an error naming the file and the line. */
  public static List<EntityStanceGold> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gold file " + file + ": " + e.getMessage(), e);
    }
    List<EntityStanceGold> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      EntityStanceGold g;
      try {
        g = PresslensJson.mapper().readValue(line, EntityStanceGold.class);
      } catch (JacksonException e) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": not an entity-stance record: "
            + e.getOriginalMessage(), e);
      }
      if (g.file() == null || g.targets() == null) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": needs \"file\" and \"targets\"");
      }
      for (Target t : g.targets()) {
        if (t.entity() == null || t.stance() == null
            || !(t.stance() == Label.FAVOR || t.stance() == Label.AGAINST || t.stance() == Label.NONE)) {
          throw new IllegalArgumentException(file + " line " + (i + 1) + ": a target needs an \"entity\" and a"
              + " \"stance\" of FAVOR, AGAINST or NONE");
        }
      }
      out.add(g);
    }
    return out;
  }
}
