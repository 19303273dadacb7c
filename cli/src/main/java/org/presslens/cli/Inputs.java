package org.presslens.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.presslens.io.ArticleFileNames;

/**
 * Expands command-line arguments into inputs, in argument order: a file is itself, {@code -} is standard input, and a
 * directory is every article file below it, sorted by path. A path that does not exist or cannot be listed becomes an
 * input with a problem, so it still yields one error record.
 *
 * <p>In a directory (read recursively), the files taken are those {@link ArticleFileNames} names articles: an
 * article extension or none; hidden files and directories (names starting with ".") are skipped. Symbolic links are
 * followed, to files and to directories; a link back to a directory above it is not followed but yields an error
 * record. An article-named entry that is not a readable regular file — a dangling symbolic link, a FIFO, a socket, a
 * device — yields an error record too, so it never blocks the run and never disappears. Documentation files
 * ({@linkplain ArticleFileNames#DOCUMENTATION_NAMES README, LICENSE, ...} with any extension, in any case, e.g.
 * {@code README.TXT}) are not articles and are skipped; the expansion lists them for a notice on stderr. A file given
 * by name is always an input, whatever its name. A directory without any article file is itself an input with a
 * problem, so that it does not vanish from the run.
 */
final class Inputs {

  /**
   * The inputs of a run, and the documentation files skipped in its directories.
   *
   * @param inputs the inputs, in argument order (each directory's sorted by path)
   * @param skipped the documentation files left out of the directories, in the same order
   */
  record Expansion(List<Input> inputs, List<Path> skipped) {

    Expansion {
      inputs = List.copyOf(inputs);
      skipped = List.copyOf(skipped);
    }

    /** The line that reports the skipped files on stderr, if any were skipped. */
    Optional<String> skipNotice() {
      if (skipped.isEmpty()) {
        return Optional.empty();
      }
      List<String> names = skipped.stream().map(Path::toString).toList();
      return Optional.of("presslens: skipped " + skipped.size() + " documentation file"
          + (skipped.size() == 1 ? "" : "s") + " (not articles): " + String.join(", ", names));
    }
  }

  private static final String ARTICLE_FILES = ArticleFileNames.ARTICLE_EXTENSIONS.stream().sorted()
      .map(e -> "." + e).collect(java.util.stream.Collectors.joining(" ")) + " or no extension";

  private Inputs() {
  }

  static Expansion expand(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        int before = inputs.size();
        walk(path, inputs, skipped);
        if (inputs.size() == before) {
          inputs.add(Input.broken(arg, "a directory without article files (" + ARTICLE_FILES + ")"));
        }
      } else if (Files.exists(path)) {
        inputs.add(Input.file(path));
      } else {
        inputs.add(Input.broken(arg, unreachable(path)));
      }
    }
    return new Expansion(inputs, skipped);
  }

  private static void walk(Path dir, List<Input> inputs, List<Path> skipped) {
    List<Input> found = new ArrayList<>();
    List<Path> docs = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return d.equals(dir) || visible(dir.relativize(d)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!visible(dir.relativize(file)) || !ArticleFileNames.hasArticleExtension(name(file))) {
            return FileVisitResult.CONTINUE;
          }
          if (ArticleFileNames.isDocumentation(name(file))) {
            docs.add(file);
          } else if (attrs.isRegularFile()) {
            found.add(Input.file(file));
          } else {
            found.add(Input.broken(file.toString(), attrs.isSymbolicLink() ? unreachable(file)
                : "not a regular file (a FIFO, socket or device)"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (visible(dir.relativize(file))) {
            found.add(Input.broken(file.toString(), failure(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(Input.broken(dir.toString(), "cannot list directory: " + e.getMessage()));
    }
    found.sort(Comparator.comparing(Input::name));
    docs.sort(Comparator.naturalOrder());
    inputs.addAll(found);
    skipped.addAll(docs);
  }

  /** Why {@code path}, which does not lead to a file, is no input: missing, or a link that leads nowhere. */
  static String unreachable(Path path) {
    if (!Files.isSymbolicLink(path)) {
      return "no such file or directory";
    }
    String link;
    try {
      link = "symbolic link to " + Files.readSymbolicLink(path);
    } catch (IOException e) {
      link = "symbolic link";
    }
    try {
      Files.readAttributes(path, BasicFileAttributes.class);
      return link + " that cannot be followed";
    } catch (NoSuchFileException e) {
      return "dangling " + link + " (no such file)";
    } catch (IOException e) {
      return link + " that cannot be followed: " + reason(e);
    }
  }

  /** Why a directory entry could not be visited. */
  private static String failure(IOException e) {
    return e instanceof FileSystemLoopException
        ? "symbolic link cycle (a link to a directory that contains it), not followed"
        : "cannot be read: " + reason(e);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static boolean visible(Path p) {
    for (Path part : p) {
      if (ArticleFileNames.isHidden(part.toString())) {
        return false;
      }
    }
    return true;
  }

  private static String name(Path p) {
    return p.getFileName().toString();
  }
}
