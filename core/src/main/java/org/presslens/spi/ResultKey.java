package org.presslens.spi;

import java.util.Objects;

/**
 * The typed key of an analyzer's result: the analyzer's name and the Java type of what it returns. Another
 * analyzer that needs it declares the key in {@link AnalyzerProvider#requires} and reads it with
 * {@link AnalysisContext#result(ResultKey)}.
 */
public record ResultKey<T>(String name, Class<T> type) implements Requirement {

  public ResultKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static <T> ResultKey<T> of(String name, Class<T> type) {
    return new ResultKey<>(name, type);
  }

  @Override
  public String id() {
    return "result:" + name;
  }
}
