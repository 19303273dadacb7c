package org.presslens.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presslens.internal.ServiceDiscovery;
import org.presslens.json.PresslensJson;

/**
 * The result renderers available on a class path, by analyzer name, in page order. Immutable. A renderer that fails to
 * load is listed in {@link #problems()}; of two renderers for one analyzer the first found is used and the other is
 * named in {@link #problems()}.
 */
public final class Renderers {
  private final Map<String, ResultRenderer<?>> byAnalyzer;
  private final List<String> problems;

  private Renderers(List<ResultRenderer<?>> renderers, List<String> loadProblems) {
    List<String> found = new ArrayList<>(loadProblems);
    List<ResultRenderer<?>> sorted = new ArrayList<>(renderers);
    sorted.sort(Comparator.comparingInt((ResultRenderer<?> r) -> r.order()).thenComparing(r -> r.key().name()));
    Map<String, ResultRenderer<?>> map = new LinkedHashMap<>();
    for (ResultRenderer<?> r : sorted) {
      ResultRenderer<?> first = map.putIfAbsent(r.key().name(), r);
      if (first != null) {
        found.add("several renderers for '" + r.key().name() + "': " + first.getClass().getName() + " (used), "
            + r.getClass().getName());
      }
    }
    this.byAnalyzer = java.util.Collections.unmodifiableMap(map);
    this.problems = List.copyOf(found);
  }

  /** The renderers visible to the thread context class loader (or this class's loader when there is none). */
  public static Renderers discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : Renderers.class.getClassLoader());
  }

  /** The renderers visible to {@code loader}. */
  @SuppressWarnings("rawtypes")
  public static Renderers discover(ClassLoader loader) {
    ServiceDiscovery.Loaded<ResultRenderer> loaded = ServiceDiscovery.load(ResultRenderer.class, loader);
    List<ResultRenderer<?>> renderers = new ArrayList<>();
    loaded.providers().forEach(renderers::add);
    return new Renderers(renderers, loaded.problems());
  }

  /** Exactly these renderers (for tests and embedding). */
  public static Renderers of(ResultRenderer<?>... renderers) {
    return new Renderers(List.of(renderers), List.of());
  }

  /** All renderers, in page order. */
  public List<ResultRenderer<?>> all() {
    return List.copyOf(byAnalyzer.values());
  }

  /** The renderer of {@code analyzer}'s result, if there is one. */
  public Optional<ResultRenderer<?>> forAnalyzer(String analyzer) {
    return Optional.ofNullable(byAnalyzer.get(analyzer));
  }

  /** Renderers that failed to load, or that were not used because another renders the same analyzer. */
  public List<String> problems() {
    return problems;
  }

  /**
   * {@code result} as {@code renderer}'s view type: itself when it is one, else converted through its JSON form (a
   * report read back from JSON); empty when it does not convert.
   */
  public static <V> Optional<V> view(ResultRenderer<V> renderer, Object result) {
    Class<V> type = renderer.key().type();
    if (type.isInstance(result)) {
      return Optional.of(type.cast(result));
    }
    try {
      return Optional.ofNullable(PresslensJson.mapper().convertValue(result, type));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
