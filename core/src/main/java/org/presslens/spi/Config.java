package org.presslens.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The validated, immutable configuration of one component (an analyzer or the NLP engine): a typed value for each
 * declared {@link ConfigOption}. Built with {@link #parse}, which rejects unknown keys and ill-typed values.
 */
public final class Config {
  private final String owner;
  private final Map<String, Object> values;

  private Config(String owner, Map<String, Object> values) {
    this.owner = owner;
    this.values = Collections.unmodifiableMap(values);
  }

  /** A configuration in which every option has its default. */
  public static Config defaults(String owner, List<ConfigOption<?>> options) {
    return parse(owner, options, Map.of());
  }

  /**
   * Validates {@code raw} values (keys without the owner prefix) against {@code options}.
   *
   * @throws ConfigException naming every unknown key and the known ones, or the first ill-typed value
   */
  public static Config parse(String owner, List<ConfigOption<?>> options, Map<String, ?> raw) {
    Map<String, ConfigOption<?>> byKey = new LinkedHashMap<>();
    options.forEach(o -> byKey.put(o.key(), o));
    List<String> unknown = new ArrayList<>(new TreeSet<>(raw.keySet()));
    unknown.removeAll(byKey.keySet());
    if (!unknown.isEmpty()) {
      throw new ConfigException("unknown option" + (unknown.size() > 1 ? "s " : " ") + quoted(owner, unknown)
          + " for '" + owner + "'; known options: "
          + (byKey.isEmpty() ? "none" : quoted(owner, new ArrayList<>(byKey.keySet()))));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ConfigOption<?> option : options) {
      Object value = option.defaultValue();
      if (raw.containsKey(option.key())) {
        try {
          value = option.parse(owner, raw.get(option.key()));
        } catch (IllegalArgumentException e) {
          throw new ConfigException(e.getMessage());
        }
      }
      values.put(option.key(), value);
    }
    return new Config(owner, values);
  }

  private static String quoted(String owner, List<String> keys) {
    List<String> q = new ArrayList<>();
    keys.forEach(k -> q.add("'" + owner + "." + k + "'"));
    return String.join(", ", q);
  }

  /** The value of {@code option}; fails when the option was not declared by this component. */
  public <T> T get(ConfigOption<T> option) {
    if (!values.containsKey(option.key())) {
      throw new IllegalArgumentException("'" + owner + "' declares no option '" + option.key() + "'");
    }
    @SuppressWarnings("unchecked")
    T value = (T) values.get(option.key());
    return value;
  }

  /** The component this configuration belongs to. */
  public String owner() {
    return owner;
  }

  /** Every option's value by key, defaults included. */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return owner + values;
  }
}
