package org.presslens.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report says about one analyzer of the pipeline that made it: its version, its effective options (defaults
 * included), and, when it was not selected but added because selected analyzers require its result, which ones.
 *
 * @param requiredBy the selected analyzers that required it; omitted when it was selected
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AnalyzerInfo(String version, Map<String, Object> options, List<String> requiredBy) {

  public AnalyzerInfo {
    options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    requiredBy = requiredBy == null ? List.of() : List.copyOf(requiredBy);
  }
}
