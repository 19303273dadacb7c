package org.presslens.pipeline;

import java.util.ArrayList;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.presslens.internal.ServiceDiscovery;
import org.presslens.spi.AnalyzerProvider;

/**
 * The analyzers available on a class path, by name (Lucene-style lookup). Immutable.
 *
 * <p>{@link #discover()} uses {@link java.util.ServiceLoader}; a provider that fails to load is listed in
 * {@link #problems()} with its class name while the others stay usable; two providers with one name make that name
 * unusable, and looking it up fails naming both classes.
 */
public final class AnalyzerRegistry {

  private final Map<String, AnalyzerProvider<?>> byName;
  private final Map<String, List<String>> conflicts;
  private final List<String> problems;

  private AnalyzerRegistry(Map<String, AnalyzerProvider<?>> byName, Map<String, List<String>> conflicts,
                           List<String> problems) {
    this.byName = Collections.unmodifiableMap(byName);
    this.conflicts = Collections.unmodifiableMap(conflicts);
    this.problems = List.copyOf(problems);
  }

  /** Discovers providers with the thread context class loader (or this class's loader when there is none). */
  public static AnalyzerRegistry discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : AnalyzerRegistry.class.getClassLoader());
  }

  /** Discovers providers visible to {@code loader}. */
  @SuppressWarnings("rawtypes")
  public static AnalyzerRegistry discover(ClassLoader loader) {
    ServiceDiscovery.Loaded<AnalyzerProvider> loaded = ServiceDiscovery.load(AnalyzerProvider.class, loader);
    List<AnalyzerProvider<?>> providers = new ArrayList<>();
    loaded.providers().forEach(providers::add);
    return build(providers, loaded.problems());
  }

  /** A registry of exactly these providers (for tests and embedding without a class-path scan). */
  public static AnalyzerRegistry of(AnalyzerProvider<?>... providers) {
    return build(List.of(providers), List.of());
  }

  private static AnalyzerRegistry build(List<AnalyzerProvider<?>> providers, List<String> loadProblems) {
    Map<String, AnalyzerProvider<?>> byName = new TreeMap<>();
    Map<String, List<String>> conflicts = new TreeMap<>();
    List<String> problems = new ArrayList<>(loadProblems);
    for (AnalyzerProvider<?> p : providers) {
      String name;
      try {
        name = p.name();
      } catch (RuntimeException e) {
        problems.add("analyzer provider " + p.getClass().getName() + " failed to give its name: " + e);
        continue;
      }
      if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
        problems.add("analyzer provider " + p.getClass().getName() + " has an invalid name '" + name
            + "' (expected lower-case [a-z][a-z0-9-]*); ignored");
        continue;
      }
      if (conflicts.containsKey(name)) {
        conflicts.get(name).add(p.getClass().getName());
      } else if (byName.containsKey(name)) {
        List<String> classes = new ArrayList<>();
        classes.add(byName.remove(name).getClass().getName());
        classes.add(p.getClass().getName());
        conflicts.put(name, classes);
      } else {
        byName.put(name, p);
      }
    }
    conflicts.forEach((name, classes) -> problems.add("several analyzer providers are named '" + name + "': "
        + String.join(", ", classes) + "; remove all but one from the class path"));
    return new AnalyzerRegistry(byName, conflicts, problems);
  }

  /** The names that can be looked up, sorted. */
  public SortedSet<String> names() {
    return new TreeSet<>(byName.keySet());
  }

  /** The usable providers, sorted by name. */
  public List<AnalyzerProvider<?>> providers() {
    return List.copyOf(byName.values());
  }

  /** Messages about providers that failed to load, had invalid names, or share a name. */
  public List<String> problems() {
    return problems;
  }

  /**
   * The provider named {@code name}.
   *
   * @throws IllegalArgumentException naming the available analyzers and any discovery problem (Lucene-style: the
   *     registry knows no analyzer by name), or the classes that share the name
   */
  public AnalyzerProvider<?> lookup(String name) {
    AnalyzerProvider<?> p = byName.get(name);
    if (p != null) {
      return p;
    }
    if (conflicts.containsKey(name)) {
      throw new IllegalArgumentException("several analyzer providers are named '" + name + "': "
          + String.join(", ", conflicts.get(name)) + "; remove all but one from the class path");
    }
    StringBuilder msg = new StringBuilder("no analyzer named '").append(name).append("'; ");
    msg.append(byName.isEmpty() ? "no analyzer was found on the class path"
        : "available: " + String.join(", ", byName.keySet()));
    msg.append("; put the jar that provides '").append(name).append("' on the class path");
    if (!problems.isEmpty()) {
      msg.append(" (discovery problems: ").append(String.join("; ", problems)).append(')');
    }
    return throwWith(msg.toString());
  }

  private static AnalyzerProvider<?> throwWith(String message) {
    throw new IllegalArgumentException(message);
  }
}
