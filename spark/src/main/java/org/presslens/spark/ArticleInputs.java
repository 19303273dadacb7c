package org.presslens.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.presslens.io.ArticleFileNames;

/**
 * Expands input arguments on the driver into {@link ArticleInput}s, with the rules of {@code presslens analyze}: in
 * argument order, a file is itself, a directory is every article file below it ({@link ArticleFileNames}: extensions
 * {@code .txt .text .json .html .htm .xhtml} or none; hidden files and directories and documentation files such as
 * {@code README.TXT} skipped; sorted by name), and a path that does not exist becomes an input with a problem, which
 * yields one error record. Only paths are listed here; the executors read the files.
 *
 * <p>An argument with a scheme ({@code hdfs://...}, {@code s3a://...}, {@code file:/...}) names its files by their
 * full URI; an argument without one is resolved against Hadoop's default file system (the local one in local mode)
 * and its files are named like the CLI names them: the argument joined with the path below it, e.g.
 * {@code ../shared/data/articles/bbc/business/001.txt}.
 */
public final class ArticleInputs {

  private ArticleInputs() {
  }

  /** Article files and directories of article files, as the CLI expands them. */
  public static List<ArticleInput> files(List<String> args, Configuration conf) {
    List<ArticleInput> inputs = new ArrayList<>();
    for (String arg : args) {
      for (Listed f : expand(arg, conf, true)) {
        long ordinal = inputs.size();
        inputs.add(f.problem == null ? ArticleInput.file(ordinal, f.name, f.path)
            : ArticleInput.broken(ordinal, f.name, f.problem));
      }
    }
    return inputs;
  }

  /**
   * JSONL files and directories of JSONL files (every visible file in them, names starting with "_" or "." skipped,
   * as Spark writes {@code _SUCCESS} beside its part files), sorted by name. Each entry is one file, not yet read.
   */
  static List<Listed> jsonlFiles(List<String> args, Configuration conf) {
    List<Listed> files = new ArrayList<>();
    for (String arg : args) {
      files.addAll(expand(arg, conf, false));
    }
    return files;
  }

  /** One listed file (qualified {@code path}) or one unusable argument ({@code problem}). */
  record Listed(String name, String path, String problem) {
  }

  private static List<Listed> expand(String arg, Configuration conf, boolean articleFiles) {
    boolean hasScheme = hasScheme(arg);
    Path root = new Path(arg);
    FileSystem fs;
    FileStatus status;
    try {
      fs = root.getFileSystem(conf);
      status = fs.getFileStatus(root);
    } catch (FileNotFoundException e) {
      return List.of(new Listed(arg, null, "no such file or directory"));
    } catch (IOException | IllegalArgumentException e) {
      return List.of(new Listed(arg, null, "cannot be read: " + e.getMessage()));
    }
    Path qualifiedRoot = fs.makeQualified(root);
    if (!status.isDirectory()) {
      return List.of(new Listed(hasScheme ? qualifiedRoot.toString() : localName(arg, ""),
          qualifiedRoot.toString(), null));
    }
    List<Listed> found = new ArrayList<>();
    walk(fs, qualifiedRoot, "", articleFiles, found, hasScheme ? null : arg);
    found.sort(Comparator.comparing(Listed::name));
    return found;
  }

  private static void walk(FileSystem fs, Path dir, String relative, boolean articleFiles, List<Listed> found,
                           String localArg) {
    FileStatus[] children;
    try {
      children = fs.listStatus(dir);
    } catch (IOException e) {
      String name = localArg != null ? localName(localArg, relative) : dir.toString();
      found.add(new Listed(name, null, relative.isEmpty() ? "cannot list directory: " + e.getMessage()
          : "cannot be read: " + e.getClass().getSimpleName()));
      return;
    }
    for (FileStatus child : children) {
      String childName = child.getPath().getName();
      if (ArticleFileNames.isHidden(childName) || (!articleFiles && childName.startsWith("_"))) {
        continue;
      }
      String childRelative = relative.isEmpty() ? childName : relative + "/" + childName;
      if (child.isDirectory()) {
        walk(fs, child.getPath(), childRelative, articleFiles, found, localArg);
      } else if (child.isFile() && (!articleFiles || ArticleFileNames.isArticle(childName))) {
        String name = localArg != null ? localName(localArg, childRelative) : child.getPath().toString();
        found.add(new Listed(name, child.getPath().toString(), null));
      }
    }
  }

  /** As the CLI names a file found below argument {@code arg}: {@code Path.of(arg).resolve(relative)}. */
  private static String localName(String arg, String relative) {
    java.nio.file.Path p = java.nio.file.Path.of(arg);
    return (relative.isEmpty() ? p : p.resolve(relative)).toString();
  }

  private static boolean hasScheme(String arg) {
    try {
      String scheme = new URI(arg).getScheme();
      return scheme != null && scheme.length() > 1;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
