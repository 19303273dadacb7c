package org.presslens.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * {@code --plugins PATH}: analyzer plugin jars (a jar, or a directory whose {@code *.jar} files are all taken) put on
 * a child class loader of the CLI's, which the pipeline then uses to discover analyzers. The launcher's
 * {@code PRESSLENS_PLUGINS} variable does the same on the class path itself.
 */
final class Plugins {
  static final String PROVIDERS = "META-INF/services/org.presslens.spi.AnalyzerProvider";
  static final String RENDERERS = "META-INF/services/org.presslens.render.ResultRenderer";

  private Plugins() {
  }

  /** A class loader over the plugin jars, or null when there are none. */
  static URLClassLoader classLoader(List<Path> paths, ClassLoader parent) {
    if (paths.isEmpty()) {
      return null;
    }
    List<URL> urls = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
            urls.add(url(jar));
          }
        } catch (IOException e) {
          throw new IllegalArgumentException("--plugins " + p + ": cannot list the directory: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        urls.add(url(p));
      } else {
        throw new IllegalArgumentException("--plugins " + p + ": no such jar or directory");
      }
    }
    return new URLClassLoader("presslens-plugins", urls.toArray(URL[]::new), parent);
  }

  /**
   * What is wrong with the plugin paths that does not stop the run: a directory without jars, a jar that declares no
   * analyzer provider or renderer ({@code META-INF/services/org.presslens.spi.AnalyzerProvider}, misspelled or
   * missing). Paths that do not exist are left to {@link #classLoader}.
   */
  static List<String> notices(List<Path> paths) {
    List<String> notices = new ArrayList<>();
    for (Path p : paths) {
      List<Path> jars = new ArrayList<>();
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
        } catch (IOException e) {
          continue;
        }
        if (jars.isEmpty()) {
          notices.add("--plugins " + p + ": the directory holds no .jar file");
        }
      } else if (Files.isRegularFile(p)) {
        jars.add(p);
      }
      for (Path jar : jars) {
        try (JarFile file = new JarFile(jar.toFile())) {
          if (file.getEntry(PROVIDERS) == null && file.getEntry(RENDERERS) == null) {
            notices.add("plugin " + jar + " declares no analyzer provider: it has no " + PROVIDERS
                + " (check the file's name and that it lists the provider class)");
          }
        } catch (IOException e) {
          notices.add("plugin " + jar + " is not a readable jar: " + e.getMessage());
        }
      }
    }
    return notices;
  }

  private static URL url(Path p) {
    try {
      return p.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("--plugins " + p + ": " + e.getMessage());
    }
  }
}
