package org.presslens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;

/**
 * Providers for the ServiceLoader tests (public, with public no-arg constructors, as ServiceLoader requires) and a
 * helper that writes {@code META-INF/services} files into a directory and opens a class loader on it.
 */
public final class ServiceFixtures {

  /** A class name listed in a services file that does not exist. */
  public static final String MISSING_CLASS = "org.presslens.nowhere.MissingProvider";

  private ServiceFixtures() {
  }

  /** An analyzer provider whose constructor throws. */
  public static class ExplodingProvider extends FakeAnalyzerProvider<String> {
    public static final String MESSAGE = "exploding provider cannot be constructed";

    public ExplodingProvider() {
      super(builder("exploding", String.class).analyze(ctx -> "never"));
      throw new IllegalStateException(MESSAGE);
    }
  }

  /** One of two providers that share the name {@code twin}. */
  public static class TwinOne extends FakeAnalyzerProvider<String> {
    public TwinOne() {
      super(builder("twin", String.class).anyLanguage().analyze(ctx -> "one"));
    }
  }

  /** The other provider named {@code twin}. */
  public static class TwinTwo extends FakeAnalyzerProvider<String> {
    public TwinTwo() {
      super(builder("twin", String.class).anyLanguage().analyze(ctx -> "two"));
    }
  }

  /** A provider with a name that breaks the naming rule. */
  public static class BadlyNamedProvider extends FakeAnalyzerProvider<String> {
    public BadlyNamedProvider() {
      super(builder("Bad_Name", String.class).analyze(ctx -> "x"));
    }
  }

  /** A second NLP engine provider, to make two engines visible. */
  public static class OtherEngineProvider implements NlpEngineProvider {
    @Override
    public String name() {
      return "other";
    }

    @Override
    public NlpEngine create(Config config) {
      return new FakeNlpEngine().named("other");
    }
  }

  /** An NLP engine provider whose constructor throws. */
  public static class BrokenEngineProvider implements NlpEngineProvider {
    public BrokenEngineProvider() {
      throw new IllegalStateException("broken engine provider");
    }

    @Override
    public String name() {
      return "broken";
    }

    @Override
    public NlpEngine create(Config config) {
      throw new AssertionError();
    }
  }

  /** Writes {@code META-INF/services/<service>} listing {@code lines} under {@code dir}. */
  public static void writeServices(Path dir, Class<?> service, List<String> lines) {
    Path file = dir.resolve("META-INF/services/" + service.getName());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an analyzer services file listing the classes. */
  public static void writeAnalyzers(Path dir, List<String> classNames) {
    writeServices(dir, AnalyzerProvider.class, classNames);
  }

  /** Writes an NLP engine services file listing the classes. */
  public static void writeEngines(Path dir, List<String> classNames) {
    writeServices(dir, NlpEngineProvider.class, classNames);
  }

  /** A class loader that sees {@code dir} first, then the test class path. */
  public static URLClassLoader loaderOn(Path dir) {
    try {
      return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ServiceFixtures.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
