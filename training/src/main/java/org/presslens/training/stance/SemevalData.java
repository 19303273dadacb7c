package org.presslens.training.stance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the TweetEval layout of SemEval-2016 Task 6: {@code <dir>/<target>/<split>_text.txt} (one tweet a line) and
 * {@code <split>_labels.txt} (0 none, 1 against, 2 favor).
 */
public final class SemevalData {

  /** One split of one target. */
  public record Split(String target, String split, List<String> texts, List<Integer> labels) {
    public Split {
      texts = List.copyOf(texts);
      labels = List.copyOf(labels);
      if (texts.size() != labels.size()) {
        throw new IllegalArgumentException(target + "/" + split + ": " + texts.size() + " texts but "
            + labels.size() + " labels");
      }
    }

    /** The first {@code n} items (all when {@code n <= 0}). */
    public Split head(int n) {
      return n <= 0 || n >= texts.size() ? this
          : new Split(target, split, texts.subList(0, n), labels.subList(0, n));
    }
  }

  private SemevalData() {
  }

  /** The targets under {@code dir} that have the split {@code split}, sorted. */
  public static List<String> targets(Path dir, String split) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<String> targets = s.filter(p -> Files.isRegularFile(p.resolve(split + "_text.txt")))
          .map(p -> p.getFileName().toString()).sorted().toList();
      if (targets.isEmpty()) {
        throw new IllegalArgumentException("no <target>/" + split + "_text.txt under " + dir);
      }
      return targets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Split read(Path dir, String target, String split) {
    try {
      List<String> texts = Files.readAllLines(dir.resolve(target).resolve(split + "_text.txt"),
          StandardCharsets.UTF_8);
      List<Integer> labels = new ArrayList<>();
      for (String l : Files.readAllLines(dir.resolve(target).resolve(split + "_labels.txt"),
          StandardCharsets.UTF_8)) {
        if (!l.isBlank()) {
          int v = Integer.parseInt(l.trim());
          if (v < 0 || v > 2) {
            throw new IllegalArgumentException(target + "/" + split + ": label " + v + " not in 0..2");
          }
          labels.add(v);
        }
      }
      while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty() && texts.size() > labels.size()) {
        texts.remove(texts.size() - 1);
      }
      return new Split(target, split, texts, labels);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
