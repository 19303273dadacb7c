package org.presslens.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands command-line arguments into inputs, in argument order: a file is itself, a directory is every article
 * file below it (sorted by path; hidden files skipped), {@code -} is standard input. A path that does not exist or
 * cannot be listed becomes an input with a problem, so it still yields one error record.
 */
final class Inputs {

  /** Extensions of files taken from a directory; files without an extension are taken too. */
  static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "json", "html", "htm", "xhtml");

  private Inputs() {
  }

  static List<Input> expand(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        inputs.addAll(walk(path));
      } else if (Files.exists(path)) {
        inputs.add(Input.file(path));
      } else {
        inputs.add(Input.broken(arg, "no such file or directory"));
      }
    }
    return inputs;
  }

  private static List<Input> walk(Path dir) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return d.equals(dir) || visible(dir.relativize(d)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && visible(dir.relativize(file)) && isArticleFile(file)) {
            found.add(Input.file(file));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          found.add(Input.broken(file.toString(), "cannot be read: " + e.getClass().getSimpleName()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(Input.broken(dir.toString(), "cannot list directory: " + e.getMessage()));
    }
    found.sort(Comparator.comparing(Input::name));
    return found;
  }

  private static boolean visible(Path p) {
    for (Path part : p) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 || ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
