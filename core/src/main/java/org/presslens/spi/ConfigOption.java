package org.presslens.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One typed configuration option of an analyzer or of the NLP engine: a key, a description, a default, and the
 * parser that turns a raw value (a string, or a list of strings for list options) into the typed value, rejecting
 * what does not fit with a message.
 */
public final class ConfigOption<T> {
  private final String key;
  private final String type;
  private final T defaultValue;
  private final String description;
  /** Parses a raw value; the first argument names the option in messages ({@code option 'top'}, {@code 'hedges.top'}). */
  private final BiFunction<String, Object, T> parser;

  private ConfigOption(String key, String type, T defaultValue, String description,
                       BiFunction<String, Object, T> parser) {
    if (!key.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*")) {
      throw new IllegalArgumentException("invalid option key '" + key + "'");
    }
    this.key = key;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = Objects.requireNonNull(description);
    this.parser = parser;
  }

  public static ConfigOption<String> string(String key, String defaultValue, String description) {
    return new ConfigOption<>(key, "string", defaultValue, description, (name, raw) -> scalar(name, raw));
  }

  /** A string option restricted to {@code allowed} values (compared case-insensitively, stored lower-case). */
  public static ConfigOption<String> choice(String key, String defaultValue, String description, String... allowed) {
    Set<String> values = java.util.Arrays.stream(allowed).map(a -> a.toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    if (defaultValue != null && !values.contains(defaultValue.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("default '" + defaultValue + "' of option '" + key + "' is not allowed");
    }
    return new ConfigOption<>(key, "one of " + String.join("|", allowed), defaultValue, description, (name, raw) -> {
      String v = scalar(name, raw).toLowerCase(Locale.ROOT);
      if (!values.contains(v)) {
        throw new IllegalArgumentException(name + " must be one of " + Arrays.toString(allowed)
            + ", got '" + raw + "'");
      }
      return v;
    });
  }

  public static ConfigOption<Integer> integer(String key, int defaultValue, int min, int max, String description) {
    return new ConfigOption<>(key, "integer " + min + ".." + max, defaultValue, description, (name, raw) -> {
      String s = scalar(name, raw).trim();
      int v;
      try {
        v = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be an integer, got '" + s + "'");
      }
      if (v < min || v > max) {
        throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + v);
      }
      return v;
    });
  }

  public static ConfigOption<Double> decimal(String key, double defaultValue, double min, double max,
                                             String description) {
    return new ConfigOption<>(key, "number " + min + ".." + max, defaultValue, description, (name, raw) -> {
      String s = scalar(name, raw).trim();
      double v;
      try {
        v = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a number, got '" + s + "'");
      }
      if (!(v >= min && v <= max)) {
        throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", got " + v);
      }
      return v;
    });
  }

  public static ConfigOption<Boolean> bool(String key, boolean defaultValue, String description) {
    return new ConfigOption<>(key, "boolean", defaultValue, description, (name, raw) -> {
      String s = scalar(name, raw).trim().toLowerCase(Locale.ROOT);
      return switch (s) {
        case "true", "yes", "on", "1" -> true;
        case "false", "no", "off", "0" -> false;
        default -> throw new IllegalArgumentException(name + " must be true or false, got '" + s + "'");
      };
    });
  }

  /** A list of strings: a raw list as is, or a raw string split on commas. */
  @SuppressWarnings("unchecked")
  public static ConfigOption<List<String>> stringList(String key, List<String> defaultValue, String description) {
    return new ConfigOption<>(key, "list of strings", List.copyOf(defaultValue), description, (name, raw) -> {
      if (raw instanceof List<?> list) {
        return List.copyOf((List<String>) list.stream().map(String::valueOf).toList());
      }
      return Arrays.stream(scalar(name, raw).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    });
  }

  private static String scalar(String name, Object raw) {
    if (raw instanceof String s) {
      return s;
    }
    if (raw instanceof Number || raw instanceof Boolean) {
      return raw.toString();
    }
    throw new IllegalArgumentException(name + " takes a single value, got " + raw);
  }

  public String key() {
    return key;
  }

  /** A human-readable type, e.g. {@code integer 1..1000} or {@code one of corenlp|lexicon}. */
  public String type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** Parses a raw value; throws {@link IllegalArgumentException} naming the key when it does not fit. */
  public T parse(Object raw) {
    return parser.apply("option '" + key + "'", raw);
  }

  /**
   * Parses a raw value of {@code owner}'s option; the message names the full key, e.g.
   * {@code 'hedges.top' must be in 1..50, got 0}.
   */
  public T parse(String owner, Object raw) {
    return parser.apply("'" + owner + "." + key + "'", raw);
  }

  @Override
  public String toString() {
    return key + " (" + type + ", default " + defaultValue + ")";
  }
}
