package org.presslens.analyzers.stance.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic models: the five shipped SemEval-2016 models (class-path resources) or those in a folder written by
 * {@code presslens train stance}. Topic names are matched case-insensitively, with aliases (e.g. "Hillary Clinton"
 * and "hillary", "climate change" and "climate"). Thread-safe; each model loads once.
 */
public final class TopicModels {

  /** The shipped topics, by folder name. */
  public static final List<String> SHIPPED = List.of("abortion", "atheism", "climate", "feminist", "hillary");
  static final String RESOURCE_DIR = "/org/presslens/analyzers/stance/topic/";

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("legalization of abortion", "abortion"), Map.entry("abortion", "abortion"),
      Map.entry("atheism", "atheism"), Map.entry("climate", "climate"), Map.entry("climate change", "climate"),
      Map.entry("climate change is a real concern", "climate"), Map.entry("feminist", "feminist"),
      Map.entry("feminism", "feminist"), Map.entry("feminist movement", "feminist"),
      Map.entry("hillary", "hillary"), Map.entry("hillary clinton", "hillary"));

  private static final TopicModels BUNDLED = new TopicModels(null);

  private final Path dir;
  private final Map<String, TopicModel> loaded = new ConcurrentHashMap<>();

  private TopicModels(Path dir) {
    this.dir = dir;
  }

  /** The shipped models. */
  public static TopicModels bundled() {
    return BUNDLED;
  }

  /** The models {@code <dir>/<topic>.model.gz}. */
  public static TopicModels in(Path dir) {
    return new TopicModels(dir);
  }

  /** The canonical folder name of a topic name. */
  public static String canonical(String topic) {
    String t = topic.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return ALIASES.getOrDefault(t, t);
  }

  /** Whether there is a model for {@code topic} (without loading it). */
  public boolean has(String topic) {
    String name = canonical(topic);
    if (!name.matches("[a-z0-9_-]+")) {
      return false;
    }
    return dir != null ? Files.isRegularFile(dir.resolve(name + ".model.gz"))
        : TopicModels.class.getResource(RESOURCE_DIR + name + ".model.gz") != null;
  }

  /** The model of {@code topic}, if there is one. */
  public Optional<TopicModel> get(String topic) {
    String name = canonical(topic);
    if (!name.matches("[a-z0-9_-]+")) {
      return Optional.empty();
    }
    TopicModel m = loaded.get(name);
    if (m != null) {
      return Optional.of(m);
    }
    try {
      if (dir != null) {
        Path file = dir.resolve(name + ".model.gz");
        if (!Files.isRegularFile(file)) {
          return Optional.empty();
        }
        m = TopicModel.read(file);
      } else {
        try (InputStream in = TopicModels.class.getResourceAsStream(RESOURCE_DIR + name + ".model.gz")) {
          if (in == null) {
            return Optional.empty();
          }
          m = TopicModel.read(in, name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    loaded.putIfAbsent(name, m);
    return Optional.of(loaded.get(name));
  }
}
