package org.presslens.json;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one frozen, thread-safe {@link JsonMapper} presslens reads and writes its model and reports with.
 * Dates are ISO-8601 strings ({@code 2023-10-01}); record fields keep their declaration order.
 */
public final class PresslensJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS) // a result with no visible property must not become {}
      .build();

  private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PresslensJson() {
  }

  /** Compact output: one JSON value per line (JSONL). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** Indented output, for a single report. */
  public static JsonMapper pretty() {
    return PRETTY;
  }
}
