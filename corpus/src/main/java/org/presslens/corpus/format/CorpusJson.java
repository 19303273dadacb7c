package org.presslens.corpus.format;

import org.presslens.corpus.CorpusSummary;
import org.presslens.json.PresslensJson;

/** A corpus summary as JSON (the fields of {@link CorpusSummary}, docs/corpus.md). Stateless. */
public final class CorpusJson {
  private CorpusJson() {
  }

  /** The summary as pretty-printed JSON. */
  public static String write(CorpusSummary summary) {
    return PresslensJson.pretty().writeValueAsString(summary);
  }
}
