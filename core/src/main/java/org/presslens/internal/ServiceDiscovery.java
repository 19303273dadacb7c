package org.presslens.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Internal: not API. Loads every provider of a service with {@link ServiceLoader}, keeping the ones that load and a
 * message for each that does not (SLF4J-style: one bad provider never hides the others).
 */
public final class ServiceDiscovery {

  private ServiceDiscovery() {
  }

  /** The providers that loaded, and a message for each that did not. */
  public record Loaded<S>(List<S> providers, List<String> problems) {
  }

  /** Loads every provider of {@code service} visible to {@code loader}. */
  public static <S> Loaded<S> load(Class<S> service, ClassLoader loader) {
    List<S> providers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<S> it = ServiceLoader.load(service, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        providers.add(it.next());
      } catch (ServiceConfigurationError | LinkageError e) {
        problems.add(service.getSimpleName() + " provider failed to load: " + describe(e));
      }
    }
    return new Loaded<>(providers, problems);
  }

  private static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      sb.append(" (caused by ").append(c.getClass().getName()).append(": ").append(c.getMessage()).append(')');
    }
    return sb.toString();
  }
}
