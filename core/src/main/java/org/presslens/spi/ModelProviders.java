package org.presslens.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.presslens.internal.ServiceDiscovery;

/**
 * The model plugins of one job on a class path, by name (Lucene-style lookup, as analyzers are found): the option value
 * {@link #AUTO} picks the highest {@link ModelProvider#rank()}, any other value the provider of that name, and an
 * unknown name fails listing the available ones and where to get more. Immutable.
 *
 * @param <P> the job's provider interface
 */
public final class ModelProviders<P extends ModelProvider> {

  /** The option value that picks the best available model. */
  public static final String AUTO = "auto";

  private final String job;
  private final String hint;
  private final Map<String, P> byName;
  private final List<String> problems;

  private ModelProviders(String job, String hint, List<P> providers, List<String> loadProblems) {
    this.job = job;
    this.hint = hint;
    Map<String, P> names = new TreeMap<>();
    List<String> problems = new ArrayList<>(loadProblems);
    for (P p : providers) {
      String name = p.name();
      if (name == null || !name.matches("[a-z][a-z0-9-]*") || name.equals(AUTO)) {
        problems.add(job + " provider " + p.getClass().getName() + " has an invalid name '" + name + "'; ignored");
      } else if (names.containsKey(name)) {
        problems.add("several " + job + " providers are named '" + name + "': " + names.get(name).getClass().getName()
            + ", " + p.getClass().getName() + "; the first is used");
      } else {
        names.put(name, p);
      }
    }
    this.byName = names;
    this.problems = List.copyOf(problems);
  }

  /**
   * The providers of {@code service} visible to the thread context class loader (or the service's own loader).
   *
   * @param job  what the models do, for messages, e.g. {@code targeted sentiment model}
   * @param hint where further models come from, for the message of an unknown name
   */
  public static <P extends ModelProvider> ModelProviders<P> discover(Class<P> service, String job, String hint) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ServiceDiscovery.Loaded<P> loaded = ServiceDiscovery.load(service,
        loader != null ? loader : service.getClassLoader());
    return new ModelProviders<>(job, hint, loaded.providers(), loaded.problems());
  }

  /** Exactly these providers (tests, embedding). */
  public static <P extends ModelProvider> ModelProviders<P> of(String job, String hint, List<P> providers) {
    return new ModelProviders<>(job, hint, providers, List.of());
  }

  /** The names that can be chosen, sorted. */
  public SortedSet<String> names() {
    return new TreeSet<>(byName.keySet());
  }

  /** Providers that failed to load or had invalid or shared names. */
  public List<String> problems() {
    return problems;
  }

  /**
   * The provider that {@code choice} selects: {@link #AUTO} the highest rank (ties: the first name), else the one
   * named so.
   *
   * @throws ConfigException naming the available models and the hint when there is no such provider
   */
  public P choose(String choice) {
    if (AUTO.equals(choice)) {
      return byName.values().stream().max(Comparator.comparingInt(ModelProvider::rank))
          .orElseThrow(() -> unknown(choice));
    }
    P p = byName.get(choice);
    if (p == null) {
      throw unknown(choice);
    }
    return p;
  }

  private ConfigException unknown(String choice) {
    StringBuilder msg = new StringBuilder("no ").append(job);
    msg.append(AUTO.equals(choice) ? " on the class path" : " named '" + choice + "'");
    msg.append("; available: ").append(byName.isEmpty() ? "none" : String.join(", ", byName.keySet()));
    if (!problems.isEmpty()) {
      msg.append("; problems: ").append(String.join("; ", problems));
    }
    return new ConfigException(msg.append("; ").append(hint).toString());
  }
}
